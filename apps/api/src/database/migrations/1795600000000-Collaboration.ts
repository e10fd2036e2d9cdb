import { MigrationInterface, QueryRunner } from 'typeorm';

// The collaboration server's tables: single-use connection tickets, the update log and the
// compacted snapshots. Log and snapshots are keyed by document name (assessment × element), not by
// foreign keys, so that an instance writes them without touching the relational rows.
export class Collaboration1795600000000 implements MigrationInterface {
  name = 'Collaboration1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "collab_snapshot" (
                "document_name" character varying(200) NOT NULL,
                "data" bytea NOT NULL,
                "upto_id" bigint NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c18c18d35e1a0c7fe8f2158944e" PRIMARY KEY ("document_name")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "collab_token" (
                "token_hash" character(64) NOT NULL,
                "user_id" uuid NOT NULL,
                "session_id" uuid NOT NULL,
                "document_name" character varying(200) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "collab_token_hash_hex" CHECK ("token_hash" ~ '^[0-9a-f]{64}$'),
                CONSTRAINT "PK_bd677dee456e4ab81447f3ea029" PRIMARY KEY ("token_hash")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "collab_token_expires_idx" ON "collab_token" ("expires_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "collab_update" (
                "id" BIGSERIAL NOT NULL,
                "document_name" character varying(200) NOT NULL,
                "data" bytea NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "collab_update_not_empty" CHECK (octet_length("data") > 0),
                CONSTRAINT "PK_2f97512d1b2f129ae0256510455" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "collab_update_document_idx" ON "collab_update" ("document_name", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "collab_token"
            ADD CONSTRAINT "FK_6e2ab9bd1af870f9e1c235334f2" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "collab_token"
            ADD CONSTRAINT "FK_3711865ba9c2492543ed3cc387d" FOREIGN KEY ("session_id") REFERENCES "user_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "collab_token" DROP CONSTRAINT "FK_3711865ba9c2492543ed3cc387d"
        `);
    await queryRunner.query(`
            ALTER TABLE "collab_token" DROP CONSTRAINT "FK_6e2ab9bd1af870f9e1c235334f2"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."collab_update_document_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "collab_update"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."collab_token_expires_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "collab_token"
        `);
    await queryRunner.query(`
            DROP TABLE "collab_snapshot"
        `);
  }
}

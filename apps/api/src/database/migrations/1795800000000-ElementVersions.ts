import { MigrationInterface, QueryRunner } from 'typeorm';

// Named versions of element documents: the Yjs state at a moment, with a name, a note and an
// author. The index serves the per-element listing, newest first.
export class ElementVersions1795800000000 implements MigrationInterface {
  name = 'ElementVersions1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "element_version" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "assessment_id" uuid NOT NULL,
                "element_key" character varying(64) NOT NULL,
                "name" character varying(120) NOT NULL,
                "note" text,
                "state" bytea NOT NULL,
                "state_hash" character(64) NOT NULL,
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "element_version_state_hash_hex" CHECK ("state_hash" ~ '^[0-9a-f]{64}$'),
                CONSTRAINT "element_version_note_length" CHECK (char_length("note") <= 2000),
                CONSTRAINT "element_version_name_not_blank" CHECK (char_length(btrim("name")) > 0),
                CONSTRAINT "PK_4aa57da1f065fb0f70a3fc6d28a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "element_version_element_idx" ON "element_version" ("assessment_id", "element_key", "created_at" DESC)
        `);
    await queryRunner.query(`
            ALTER TABLE "element_version"
            ADD CONSTRAINT "FK_11902a6ce595a5907b91a9792b3" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "element_version"
            ADD CONSTRAINT "FK_0d540b0a2b3fc59b15877a620e8" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "element_version" DROP CONSTRAINT "FK_0d540b0a2b3fc59b15877a620e8"
        `);
    await queryRunner.query(`
            ALTER TABLE "element_version" DROP CONSTRAINT "FK_11902a6ce595a5907b91a9792b3"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."element_version_element_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "element_version"
        `);
  }
}

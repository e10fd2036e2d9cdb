import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1795420461040 implements MigrationInterface {
  name = 'AuditLog1795420461040';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_event" (
                "seq" bigint NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "actor" character varying(64) NOT NULL,
                "action" character varying(64) NOT NULL,
                "target_type" character varying(64) NOT NULL,
                "target_id" character varying(200) NOT NULL,
                "assessment_id" uuid,
                "summary" jsonb NOT NULL,
                "request_id" character varying(64) NOT NULL,
                "prev_hash" character(64) NOT NULL,
                "hash" character(64) NOT NULL,
                CONSTRAINT "audit_event_hash_hex" CHECK (
                    "hash" ~ '^[0-9a-f]{64}$'
                    AND "prev_hash" ~ '^[0-9a-f]{64}$'
                ),
                CONSTRAINT "PK_53300da00860bdf4dc3ef7daae6" PRIMARY KEY ("seq")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_event_assessment_idx" ON "audit_event" ("assessment_id", "seq")
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_checkpoint" (
                "seq" bigint NOT NULL,
                "head" character(64) NOT NULL,
                "time" TIMESTAMP WITH TIME ZONE NOT NULL,
                "signature" text NOT NULL,
                CONSTRAINT "PK_bbe7947942cf3aa13ede7d7b301" PRIMARY KEY ("seq")
            )
        `);
    // Written by hand: the log is append-only for everyone, the table owner included.
    await queryRunner.query(`
            CREATE FUNCTION "audit_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END
            $$
        `);
    for (const table of ['audit_event', 'audit_checkpoint']) {
      await queryRunner.query(`
                CREATE TRIGGER "${table}_no_update_delete" BEFORE UPDATE OR DELETE ON "${table}"
                FOR EACH ROW EXECUTE FUNCTION "audit_refuse_change"()
            `);
      await queryRunner.query(`
                CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}"
                FOR EACH STATEMENT EXECUTE FUNCTION "audit_refuse_change"()
            `);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "audit_checkpoint"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_event_assessment_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_event"
        `);
    await queryRunner.query(`
            DROP FUNCTION "audit_refuse_change"()
        `);
  }
}

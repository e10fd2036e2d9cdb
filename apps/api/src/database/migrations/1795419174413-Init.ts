import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795419174413 implements MigrationInterface {
  name = 'Init1795419174413';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."assessment_phase" AS ENUM('PREPARE', 'ANALYSE', 'ENGAGE', 'COMPLETED')
        `);
    await queryRunner.query(`
            CREATE TABLE "assessment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "title" character varying(200) NOT NULL,
                "country" character(2) NOT NULL,
                "scope" text NOT NULL DEFAULT '',
                "national_use_cases" text array NOT NULL DEFAULT '{}',
                "phase" "public"."assessment_phase" NOT NULL DEFAULT 'PREPARE',
                "framework_version" character varying(32) NOT NULL,
                "archived_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "assessment_country_iso" CHECK ("country" ~ '^[A-Z]{2}$'),
                CONSTRAINT "assessment_title_not_blank" CHECK (char_length(btrim("title")) > 0),
                CONSTRAINT "PK_c511a7dc128256876b6b1719401" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "assessment_listing_idx" ON "assessment" ("archived_at", "updated_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."question_origin" AS ENUM('FRAMEWORK', 'CUSTOM')
        `);
    await queryRunner.query(`
            CREATE TABLE "assessment_question" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "assessment_id" uuid NOT NULL,
                "sub_element_key" character varying(120) NOT NULL,
                "detail_key" character varying(120) NOT NULL,
                "question_key" character varying(160) NOT NULL,
                "origin" "public"."question_origin" NOT NULL,
                "original_text" text,
                "text" text NOT NULL,
                "position" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "assessment_question_key_uq" UNIQUE ("assessment_id", "question_key"),
                CONSTRAINT "assessment_question_original_matches_origin" CHECK (
                    ("origin" = 'CUSTOM') = ("original_text" IS NULL)
                ),
                CONSTRAINT "assessment_question_text_not_blank" CHECK (char_length(btrim("text")) > 0),
                CONSTRAINT "PK_fd68807257b91c34ac9f08cdd7e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "assessment_question_detail_idx" ON "assessment_question" ("assessment_id", "detail_key", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "assessment_sub_element" (
                "assessment_id" uuid NOT NULL,
                "sub_element_key" character varying(120) NOT NULL,
                "enabled" boolean NOT NULL DEFAULT true,
                "disabled_reason" text,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "assessment_sub_element_disabled_has_reason" CHECK (
                    "enabled"
                    OR "disabled_reason" IS NOT NULL
                ),
                CONSTRAINT "PK_ddbecbd21587be40999c751d78f" PRIMARY KEY ("assessment_id", "sub_element_key")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_question"
            ADD CONSTRAINT "FK_3a4afedaf9bc1f964a29c51a9a2" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_sub_element"
            ADD CONSTRAINT "FK_4205e543c6ae7068f2969fe9bdf" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "assessment_sub_element" DROP CONSTRAINT "FK_4205e543c6ae7068f2969fe9bdf"
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_question" DROP CONSTRAINT "FK_3a4afedaf9bc1f964a29c51a9a2"
        `);
    await queryRunner.query(`
            DROP TABLE "assessment_sub_element"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."assessment_question_detail_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "assessment_question"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."question_origin"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."assessment_listing_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "assessment"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."assessment_phase"
        `);
  }
}

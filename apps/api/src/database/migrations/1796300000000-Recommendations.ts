import { MigrationInterface, QueryRunner } from 'typeorm';

// Recommendations of the Engage phase: per assessment and element, linked to findings of the
// element document by id (checked by the API when linked; documents live in Yjs, not in tables),
// with a responsible institution that is an organisation or a name, never both.
export class Recommendations1796300000000 implements MigrationInterface {
  name = 'Recommendations1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."recommendation_priority" AS ENUM('HIGH', 'MEDIUM', 'LOW')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."recommendation_timeframe" AS ENUM('SHORT_TERM', 'MEDIUM_TERM', 'LONG_TERM')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."recommendation_status" AS ENUM('PROPOSED', 'AGREED', 'IN_PROGRESS', 'IMPLEMENTED', 'DROPPED')
        `);
    await queryRunner.query(`
            CREATE TABLE "recommendation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "assessment_id" uuid NOT NULL,
                "element_key" character varying(120) NOT NULL,
                "sub_element_key" character varying(120),
                "finding_ids" text array NOT NULL DEFAULT '{}',
                "title" character varying(300) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "responsible_organisation_id" uuid,
                "responsible_institution_name" character varying(200),
                "priority" "public"."recommendation_priority" NOT NULL,
                "timeframe" "public"."recommendation_timeframe" NOT NULL,
                "status" "public"."recommendation_status" NOT NULL,
                "created_by" uuid NOT NULL,
                "updated_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "recommendation_institution_name_not_blank" CHECK (char_length(btrim("responsible_institution_name")) > 0),
                CONSTRAINT "recommendation_one_institution" CHECK ("responsible_organisation_id" IS NULL OR "responsible_institution_name" IS NULL),
                CONSTRAINT "recommendation_findings_bounded" CHECK (cardinality("finding_ids") <= 50),
                CONSTRAINT "recommendation_description_length" CHECK (char_length("description") <= 10000),
                CONSTRAINT "recommendation_title_not_blank" CHECK (char_length(btrim("title")) > 0),
                CONSTRAINT "PK_17cb51984a6627ef2ce7370e23c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "recommendation_listing_idx" ON "recommendation" ("assessment_id", "element_key", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "recommendation"
            ADD CONSTRAINT "FK_5ba048167ad9a6d2f8908fd6c54" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "recommendation"
            ADD CONSTRAINT "FK_071edd6b8ce01278d8ef5f81f64" FOREIGN KEY ("responsible_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "recommendation"
            ADD CONSTRAINT "FK_02f0662d648ff5b5a06240e759f" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "recommendation"
            ADD CONSTRAINT "FK_92fce3d7853d12626f07c2a1878" FOREIGN KEY ("updated_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "recommendation"`);
    await queryRunner.query(`DROP TYPE "public"."recommendation_status"`);
    await queryRunner.query(`DROP TYPE "public"."recommendation_timeframe"`);
    await queryRunner.query(`DROP TYPE "public"."recommendation_priority"`);
  }
}

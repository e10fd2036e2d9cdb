import { MigrationInterface, QueryRunner } from 'typeorm';

// Analyse: information gaps raised by hand (owner, due date, status), each member's rating of a
// sub-element with the stakeholder group they rated for, and the moderator's consolidated rating.
// Enumerations are CHECK constraints; the indexes serve the per-assessment reads (the unique key
// of stakeholder_rating leads with the assessment).
export class Analysis1796000000000 implements MigrationInterface {
  name = 'Analysis1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "analysis_gap" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "assessment_id" uuid NOT NULL,
        "element_key" character varying(64) NOT NULL,
        "sub_element_key" character varying(120) NOT NULL,
        "question_key" character varying(160),
        "source" character varying(20),
        "description" text NOT NULL,
        "owner_id" uuid,
        "due_date" date,
        "status" character varying(20) NOT NULL DEFAULT 'OPEN',
        "created_by" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "analysis_gap_description_length" CHECK (char_length(btrim("description")) BETWEEN 1 AND 2000),
        CONSTRAINT "analysis_gap_source_question" CHECK ("source" IS NULL OR "question_key" IS NOT NULL),
        CONSTRAINT "analysis_gap_source" CHECK ("source" IN ('NO_ANSWER', 'NO_EVIDENCE', 'RATING_UNKNOWN')),
        CONSTRAINT "analysis_gap_status" CHECK ("status" IN ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
        CONSTRAINT "analysis_gap_pk" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "analysis_gap_assessment_idx" ON "analysis_gap" ("assessment_id", "status", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "consolidated_rating" (
        "assessment_id" uuid NOT NULL,
        "sub_element_key" character varying(120) NOT NULL,
        "rating" character varying(20) NOT NULL,
        "rationale" text NOT NULL,
        "set_by" uuid NOT NULL,
        "set_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "consolidated_rating_rationale_length" CHECK (char_length(btrim("rationale")) BETWEEN 1 AND 5000),
        CONSTRAINT "consolidated_rating_rating" CHECK ("rating" IN ('MEETS_TARGET', 'PARTIAL', 'NOT_MET', 'UNKNOWN', 'NOT_APPLICABLE')),
        CONSTRAINT "consolidated_rating_pk" PRIMARY KEY ("assessment_id", "sub_element_key")
      )`);
    await queryRunner.query(`
      CREATE TABLE "stakeholder_rating" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "assessment_id" uuid NOT NULL,
        "sub_element_key" character varying(120) NOT NULL,
        "user_id" uuid NOT NULL,
        "group" character varying(20) NOT NULL,
        "rating" character varying(20) NOT NULL,
        "comment" text,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "stakeholder_rating_once_uq" UNIQUE ("assessment_id", "sub_element_key", "user_id"),
        CONSTRAINT "stakeholder_rating_comment_length" CHECK (char_length("comment") <= 500),
        CONSTRAINT "stakeholder_rating_rating" CHECK ("rating" IN ('MEETS_TARGET', 'PARTIAL', 'NOT_MET', 'UNKNOWN', 'NOT_APPLICABLE')),
        CONSTRAINT "stakeholder_rating_group" CHECK ("group" IN ('GOVERNMENT', 'CIVIL_SOCIETY', 'UNDP', 'OTHER')),
        CONSTRAINT "stakeholder_rating_pk" PRIMARY KEY ("id")
      )`);
    const foreignKeys: [string, string, string, string, string][] = [
      ['analysis_gap', 'analysis_gap_assessment_fk', 'assessment_id', 'assessment', 'CASCADE'],
      ['analysis_gap', 'analysis_gap_owner_fk', 'owner_id', 'user_account', 'RESTRICT'],
      ['analysis_gap', 'analysis_gap_creator_fk', 'created_by', 'user_account', 'RESTRICT'],
      [
        'consolidated_rating',
        'consolidated_rating_assessment_fk',
        'assessment_id',
        'assessment',
        'CASCADE',
      ],
      [
        'consolidated_rating',
        'consolidated_rating_setter_fk',
        'set_by',
        'user_account',
        'RESTRICT',
      ],
      [
        'stakeholder_rating',
        'stakeholder_rating_assessment_fk',
        'assessment_id',
        'assessment',
        'CASCADE',
      ],
      ['stakeholder_rating', 'stakeholder_rating_user_fk', 'user_id', 'user_account', 'RESTRICT'],
    ];
    for (const [table, name, column, target, onDelete] of foreignKeys) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "stakeholder_rating"`);
    await queryRunner.query(`DROP TABLE "consolidated_rating"`);
    await queryRunner.query(`DROP INDEX "public"."analysis_gap_assessment_idx"`);
    await queryRunner.query(`DROP TABLE "analysis_gap"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

// Discussion of element documents: suggestions (a proposed change to a rating, finding or answer,
// with the value when suggested, the author's reason and the moderator's decision) and comment
// threads anchored to a sub-element or question, with their comments and @-mentions. Written by
// hand from the entities; indexes serve the listing per assessment and status, the author's
// suggestions, threads per element, comments per thread and mentions per user.
export class Discussion1796100000000 implements MigrationInterface {
  name = 'Discussion1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "suggestion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "element_key" character varying(64) NOT NULL, "kind" character varying(16) NOT NULL, "question_key" character varying(160), "sub_element_key" character varying(120), "finding_id" character varying(64), "current_rating" character varying(32), "proposed_rating" character varying(32), "current_finding_kind" character varying(32), "proposed_finding_kind" character varying(32), "current_text" text, "proposed_text" text, "reason" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PENDING', "decision_reason" text, "applied_stale" boolean, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "suggestion_rejection_reasoned" CHECK ("status" <> 'REJECTED' OR "decision_reason" IS NOT NULL), CONSTRAINT "suggestion_decided" CHECK (("status" = 'PENDING') = ("decided_at" IS NULL) AND ("decided_at" IS NULL) = ("decided_by" IS NULL)), CONSTRAINT "suggestion_decision_reason_length" CHECK (char_length("decision_reason") <= 2000), CONSTRAINT "suggestion_reason_length" CHECK (char_length(btrim("reason")) > 0 AND char_length("reason") <= 2000), CONSTRAINT "suggestion_finding_id_on_finding" CHECK ("finding_id" IS NULL OR "kind" = 'FINDING'), CONSTRAINT "suggestion_finding_fields" CHECK ("kind" <> 'FINDING' OR ("sub_element_key" IS NOT NULL AND "proposed_text" IS NOT NULL AND "proposed_finding_kind" IS NOT NULL AND "question_key" IS NULL AND "proposed_rating" IS NULL)), CONSTRAINT "suggestion_answer_fields" CHECK ("kind" <> 'ANSWER' OR ("question_key" IS NOT NULL AND "proposed_text" IS NOT NULL AND "sub_element_key" IS NULL AND "proposed_rating" IS NULL AND "proposed_finding_kind" IS NULL)), CONSTRAINT "suggestion_rating_fields" CHECK ("kind" <> 'RATING' OR ("question_key" IS NOT NULL AND "proposed_rating" IS NOT NULL AND "sub_element_key" IS NULL AND "proposed_text" IS NULL AND "proposed_finding_kind" IS NULL)), CONSTRAINT "suggestion_proposed_finding_kind_known" CHECK ("proposed_finding_kind" IN ('STRENGTH', 'WEAKNESS', 'INFORMATION_GAP', 'RISK')), CONSTRAINT "suggestion_current_finding_kind_known" CHECK ("current_finding_kind" IN ('STRENGTH', 'WEAKNESS', 'INFORMATION_GAP', 'RISK')), CONSTRAINT "suggestion_proposed_rating_known" CHECK ("proposed_rating" IN ('MEETS_TARGET', 'PARTIAL', 'NOT_MET', 'UNKNOWN', 'NOT_APPLICABLE')), CONSTRAINT "suggestion_current_rating_known" CHECK ("current_rating" IN ('MEETS_TARGET', 'PARTIAL', 'NOT_MET', 'UNKNOWN', 'NOT_APPLICABLE')), CONSTRAINT "suggestion_status_known" CHECK ("status" IN ('PENDING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')), CONSTRAINT "suggestion_kind_known" CHECK ("kind" IN ('RATING', 'FINDING', 'ANSWER')), CONSTRAINT "PK_aa072a020434ddd7104de98eebb" PRIMARY KEY ("id"))
    `);
    await queryRunner.query(`
      CREATE INDEX "suggestion_author_idx" ON "suggestion" ("assessment_id", "created_by")
    `);
    await queryRunner.query(`
      CREATE INDEX "suggestion_listing_idx" ON "suggestion" ("assessment_id", "status", "created_at")
    `);
    await queryRunner.query(`
      CREATE TABLE "comment_thread" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "element_key" character varying(64) NOT NULL, "sub_element_key" character varying(120), "question_key" character varying(160), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, CONSTRAINT "comment_thread_resolved" CHECK (("resolved_at" IS NULL) = ("resolved_by" IS NULL)), CONSTRAINT "comment_thread_one_anchor" CHECK (num_nonnulls("sub_element_key", "question_key") = 1), CONSTRAINT "PK_be68531edd9305c665090a8a389" PRIMARY KEY ("id"))
    `);
    await queryRunner.query(`
      CREATE INDEX "comment_thread_element_idx" ON "comment_thread" ("assessment_id", "element_key", "created_at")
    `);
    await queryRunner.query(`
      CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "body" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by" uuid, "hidden_reason" text, CONSTRAINT "comment_hidden_reason_length" CHECK (char_length("hidden_reason") <= 1000), CONSTRAINT "comment_hidden" CHECK (("hidden_at" IS NULL) = ("hidden_by" IS NULL) AND ("hidden_at" IS NULL) = ("hidden_reason" IS NULL)), CONSTRAINT "comment_body_length" CHECK (char_length(btrim("body")) > 0 AND char_length("body") <= 5000), CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))
    `);
    await queryRunner.query(`
      CREATE INDEX "comment_thread_idx" ON "comment" ("thread_id", "created_at")
    `);
    await queryRunner.query(`
      CREATE TABLE "comment_mention" ("comment_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_4bc849f1fafd0765cbe3ce51634" PRIMARY KEY ("comment_id", "user_id"))
    `);
    await queryRunner.query(`
      CREATE INDEX "comment_mention_user_idx" ON "comment_mention" ("user_id")
    `);
    await queryRunner.query(`
      ALTER TABLE "suggestion" ADD CONSTRAINT "FK_5230854e766c1a602621173cd9c" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "suggestion" ADD CONSTRAINT "FK_0512d509ba85273cb8ad441ede8" FOREIGN KEY ("decided_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "suggestion" ADD CONSTRAINT "FK_c4381033fbf3227680f8a9ae124" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "comment_thread" ADD CONSTRAINT "FK_dd1f3de019ab94ed0df56783224" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "comment_thread" ADD CONSTRAINT "FK_69252c938e7f967db5ce5b8b8e9" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "comment_thread" ADD CONSTRAINT "FK_835d77b31c8177524098cde7131" FOREIGN KEY ("resolved_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "comment" ADD CONSTRAINT "FK_be68531edd9305c665090a8a389" FOREIGN KEY ("thread_id") REFERENCES "comment_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "comment" ADD CONSTRAINT "FK_8248e044951bfe51c72f587fef7" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "comment" ADD CONSTRAINT "FK_edbde8e1b247179c781afe296b7" FOREIGN KEY ("hidden_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "comment_mention" ADD CONSTRAINT "FK_06c3b713cd058e0824657560d3d" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "comment_mention" ADD CONSTRAINT "FK_a1527af102c162dfa8bcdfe4d57" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "comment_mention" DROP CONSTRAINT "FK_a1527af102c162dfa8bcdfe4d57"
    `);
    await queryRunner.query(`
      ALTER TABLE "comment_mention" DROP CONSTRAINT "FK_06c3b713cd058e0824657560d3d"
    `);
    await queryRunner.query(`
      ALTER TABLE "comment" DROP CONSTRAINT "FK_edbde8e1b247179c781afe296b7"
    `);
    await queryRunner.query(`
      ALTER TABLE "comment" DROP CONSTRAINT "FK_8248e044951bfe51c72f587fef7"
    `);
    await queryRunner.query(`
      ALTER TABLE "comment" DROP CONSTRAINT "FK_be68531edd9305c665090a8a389"
    `);
    await queryRunner.query(`
      ALTER TABLE "comment_thread" DROP CONSTRAINT "FK_835d77b31c8177524098cde7131"
    `);
    await queryRunner.query(`
      ALTER TABLE "comment_thread" DROP CONSTRAINT "FK_69252c938e7f967db5ce5b8b8e9"
    `);
    await queryRunner.query(`
      ALTER TABLE "comment_thread" DROP CONSTRAINT "FK_dd1f3de019ab94ed0df56783224"
    `);
    await queryRunner.query(`
      ALTER TABLE "suggestion" DROP CONSTRAINT "FK_c4381033fbf3227680f8a9ae124"
    `);
    await queryRunner.query(`
      ALTER TABLE "suggestion" DROP CONSTRAINT "FK_0512d509ba85273cb8ad441ede8"
    `);
    await queryRunner.query(`
      ALTER TABLE "suggestion" DROP CONSTRAINT "FK_5230854e766c1a602621173cd9c"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."comment_mention_user_idx"
    `);
    await queryRunner.query(`
      DROP TABLE "comment_mention"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."comment_thread_idx"
    `);
    await queryRunner.query(`
      DROP TABLE "comment"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."comment_thread_element_idx"
    `);
    await queryRunner.query(`
      DROP TABLE "comment_thread"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."suggestion_listing_idx"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."suggestion_author_idx"
    `);
    await queryRunner.query(`
      DROP TABLE "suggestion"
    `);
  }
}

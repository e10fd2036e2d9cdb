import { MigrationInterface, QueryRunner } from 'typeorm';

// Validation workshops (Engage): the workshop (join code only while OPEN, unique), its agenda items
// (snapshot of the finding or rating, outcome once decided), participants (a member, or a guest known
// by the hash of their token) and their votes (one per item and participant, replaced on re-vote).
export class Workshops1796200000000 implements MigrationInterface {
  name = 'Workshops1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."workshop_status" AS ENUM('DRAFT', 'OPEN', 'CLOSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "workshop" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "status" "public"."workshop_status" NOT NULL DEFAULT 'DRAFT', "join_code" character(6), "current_item_id" uuid, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "workshop_join_code_format" CHECK ("join_code" ~ '^[A-HJ-NP-Z2-9]{6}$'), CONSTRAINT "workshop_join_code_open" CHECK (("join_code" IS NOT NULL) = ("status" = 'OPEN')), CONSTRAINT "workshop_title_not_blank" CHECK (char_length(btrim("title")) > 0), CONSTRAINT "PK_e755b83ccf7c711f998012e1c92" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "workshop_join_code_key" ON "workshop"  ("join_code")`,
    );
    await queryRunner.query(
      `CREATE INDEX "workshop_assessment_idx" ON "workshop"  ("assessment_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."workshop_item_kind" AS ENUM('FINDING', 'RATING')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."workshop_outcome" AS ENUM('VALIDATED', 'AMENDED', 'DISPUTED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "workshop_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workshop_id" uuid NOT NULL, "assessment_id" uuid NOT NULL, "position" integer NOT NULL, "kind" "public"."workshop_item_kind" NOT NULL, "element_key" character varying(64) NOT NULL, "sub_element_key" character varying(120) NOT NULL, "question_key" character varying(160), "finding_id" character varying(64), "statement" text NOT NULL, "rating" character varying(32), "outcome" "public"."workshop_outcome", "outcome_note" text, "amended_text" text, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "workshop_item_amended_length" CHECK (char_length("amended_text") <= 10000), CONSTRAINT "workshop_item_note_length" CHECK (char_length("outcome_note") <= 2000), CONSTRAINT "workshop_item_amended" CHECK ("amended_text" IS NULL OR "outcome" = 'AMENDED'), CONSTRAINT "workshop_item_decided" CHECK (("outcome" IS NULL) = ("decided_at" IS NULL) AND ("outcome" IS NULL) = ("decided_by" IS NULL)), CONSTRAINT "workshop_item_kind_keys" CHECK (("kind" = 'FINDING' AND "finding_id" IS NOT NULL AND "question_key" IS NULL AND "rating" IS NULL) OR ("kind" = 'RATING' AND "question_key" IS NOT NULL AND "rating" IS NOT NULL AND "finding_id" IS NULL)), CONSTRAINT "workshop_item_position" CHECK ("position" >= 0), CONSTRAINT "PK_43adcd888ddaf9f6cf5a573b876" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "workshop_item_outcome_idx" ON "workshop_item"  ("assessment_id", "decided_at")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "workshop_item_position_key" ON "workshop_item"  ("workshop_id", "position")`,
    );
    await queryRunner.query(
      `CREATE TABLE "workshop_participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workshop_id" uuid NOT NULL, "user_id" uuid, "guest_name" character varying(60), "guest_token_hash" character(64), "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "workshop_participant_guest_name" CHECK (char_length(btrim("guest_name")) BETWEEN 1 AND 60), CONSTRAINT "workshop_participant_who" CHECK (("user_id" IS NULL) <> ("guest_token_hash" IS NULL) AND ("guest_token_hash" IS NULL) = ("guest_name" IS NULL)), CONSTRAINT "PK_ba2a719e767d924e2214774deaf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "workshop_participant_guest_key" ON "workshop_participant"  ("guest_token_hash")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "workshop_participant_user_key" ON "workshop_participant"  ("workshop_id", "user_id")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."workshop_vote_value" AS ENUM('AGREE', 'AGREE_WITH_CHANGES', 'DISAGREE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "workshop_vote" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "vote" "public"."workshop_vote_value" NOT NULL, "comment" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "workshop_vote_comment_length" CHECK (char_length("comment") <= 500), CONSTRAINT "PK_7050dc7c6a8b196c067b126574b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "workshop_vote_participant_idx" ON "workshop_vote"  ("participant_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "workshop_vote_item_participant_key" ON "workshop_vote"  ("item_id", "participant_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "workshop" ADD CONSTRAINT "FK_8e71f6fde16966dabab26d7be6f" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "workshop" ADD CONSTRAINT "FK_30c8ae3445bce496393f5ed95e0" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "workshop_item" ADD CONSTRAINT "FK_e9ed2504ce4cd3d449018a9f7df" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "workshop_item" ADD CONSTRAINT "FK_ab4e7d2dcbabcb21061822f0a13" FOREIGN KEY ("decided_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "workshop_participant" ADD CONSTRAINT "FK_7e1c0adf5ad9e296aafcd5a36ab" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "workshop_participant" ADD CONSTRAINT "FK_b1bd34a921629c871380c28059c" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "workshop_vote" ADD CONSTRAINT "FK_6d5af42fb3524d1098f36b0604c" FOREIGN KEY ("item_id") REFERENCES "workshop_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "workshop_vote" ADD CONSTRAINT "FK_e0ece769031862afdc0504412fe" FOREIGN KEY ("participant_id") REFERENCES "workshop_participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "workshop_vote" DROP CONSTRAINT "FK_e0ece769031862afdc0504412fe"`,
    );
    await queryRunner.query(
      `ALTER TABLE "workshop_vote" DROP CONSTRAINT "FK_6d5af42fb3524d1098f36b0604c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "workshop_participant" DROP CONSTRAINT "FK_b1bd34a921629c871380c28059c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "workshop_participant" DROP CONSTRAINT "FK_7e1c0adf5ad9e296aafcd5a36ab"`,
    );
    await queryRunner.query(
      `ALTER TABLE "workshop_item" DROP CONSTRAINT "FK_ab4e7d2dcbabcb21061822f0a13"`,
    );
    await queryRunner.query(
      `ALTER TABLE "workshop_item" DROP CONSTRAINT "FK_e9ed2504ce4cd3d449018a9f7df"`,
    );
    await queryRunner.query(
      `ALTER TABLE "workshop" DROP CONSTRAINT "FK_30c8ae3445bce496393f5ed95e0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "workshop" DROP CONSTRAINT "FK_8e71f6fde16966dabab26d7be6f"`,
    );
    await queryRunner.query(`DROP INDEX "public"."workshop_vote_item_participant_key"`);
    await queryRunner.query(`DROP INDEX "public"."workshop_vote_participant_idx"`);
    await queryRunner.query(`DROP TABLE "workshop_vote"`);
    await queryRunner.query(`DROP TYPE "public"."workshop_vote_value"`);
    await queryRunner.query(`DROP INDEX "public"."workshop_participant_user_key"`);
    await queryRunner.query(`DROP INDEX "public"."workshop_participant_guest_key"`);
    await queryRunner.query(`DROP TABLE "workshop_participant"`);
    await queryRunner.query(`DROP INDEX "public"."workshop_item_position_key"`);
    await queryRunner.query(`DROP INDEX "public"."workshop_item_outcome_idx"`);
    await queryRunner.query(`DROP TABLE "workshop_item"`);
    await queryRunner.query(`DROP TYPE "public"."workshop_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."workshop_item_kind"`);
    await queryRunner.query(`DROP INDEX "public"."workshop_assessment_idx"`);
    await queryRunner.query(`DROP INDEX "public"."workshop_join_code_key"`);
    await queryRunner.query(`DROP TABLE "workshop"`);
    await queryRunner.query(`DROP TYPE "public"."workshop_status"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

// The evidence library: sources per assessment, their files, and full-text search over both.
//
// Search vectors are kept by triggers (not generated columns, which TypeORM would try to manage)
// and indexed with GIN. The 'simple' configuration is deliberate: a library mixes languages (a
// French law, an English report, Arabic interview notes), PostgreSQL has no Arabic stemmer, and a
// query must meet every row with the same configuration; 'simple' lowercases and splits words the
// same way for all of them (no stemming: "enrol" does not find "enrolment").
export class Evidence1795900000000 implements MigrationInterface {
  name = 'Evidence1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."evidence_kind" AS ENUM('LAW', 'POLICY', 'REPORT', 'DATASET', 'WEBSITE', 'MEDIA', 'INTERVIEW')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."evidence_confidentiality" AS ENUM('PUBLIC', 'TEAM', 'MODERATORS')
        `);
    await queryRunner.query(`
            CREATE TABLE "evidence" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "assessment_id" uuid NOT NULL,
                "kind" "public"."evidence_kind" NOT NULL,
                "title" character varying(300) NOT NULL,
                "citation" character varying(1000),
                "author" character varying(300),
                "date" date,
                "url" character varying(2000),
                "language" character varying(35),
                "summary" text,
                "tags" text array NOT NULL DEFAULT '{}',
                "confidentiality" "public"."evidence_confidentiality" NOT NULL,
                "article" character varying(200),
                "page" character varying(50),
                "interviewee_code" character varying(40),
                "organisation_type" "public"."organisation_type",
                "consent_recorded" boolean,
                "notes" text,
                "search" tsvector NOT NULL,
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "archived_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "evidence_notes_length" CHECK (char_length("notes") <= 50000),
                CONSTRAINT "evidence_summary_length" CHECK (char_length("summary") <= 10000),
                CONSTRAINT "evidence_interviewee_code" CHECK ("interviewee_code" ~ '^[A-Z0-9][A-Z0-9-]{1,39}$' AND "interviewee_code" ~ '[0-9]'),
                CONSTRAINT "evidence_interview_not_public" CHECK ("kind" <> 'INTERVIEW' OR "confidentiality" <> 'PUBLIC'),
                CONSTRAINT "evidence_notes_need_consent" CHECK ("notes" IS NULL OR "consent_recorded"),
                CONSTRAINT "evidence_interview_only" CHECK ("kind" = 'INTERVIEW' OR ("interviewee_code" IS NULL AND "organisation_type" IS NULL AND "consent_recorded" IS NULL AND "notes" IS NULL)),
                CONSTRAINT "evidence_interview_complete" CHECK ("kind" <> 'INTERVIEW' OR ("interviewee_code" IS NOT NULL AND "organisation_type" IS NOT NULL AND "consent_recorded" IS NOT NULL AND "date" IS NOT NULL)),
                CONSTRAINT "evidence_website_url" CHECK ("kind" <> 'WEBSITE' OR "url" IS NOT NULL),
                CONSTRAINT "evidence_page_on_report" CHECK ("page" IS NULL OR "kind" = 'REPORT'),
                CONSTRAINT "evidence_article_on_law" CHECK ("article" IS NULL OR "kind" = 'LAW'),
                CONSTRAINT "evidence_url_http" CHECK ("url" ~ '^https?://'),
                CONSTRAINT "evidence_title_not_blank" CHECK (char_length(btrim("title")) > 0),
                CONSTRAINT "PK_b864cb5d49854f89917fc0b44b9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "evidence_listing_idx" ON "evidence" ("assessment_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."evidence_text_status" AS ENUM('EXTRACTED', 'NOT_APPLICABLE', 'EMPTY', 'FAILED', 'TIMED_OUT')
        `);
    await queryRunner.query(`
            CREATE TABLE "evidence_file" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "evidence_id" uuid NOT NULL,
                "sha256" character(64) NOT NULL,
                "size_bytes" integer NOT NULL,
                "media_type" character varying(100) NOT NULL,
                "file_name" character varying(255) NOT NULL,
                "text" text,
                "text_status" "public"."evidence_text_status" NOT NULL,
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "evidence_file_name_not_blank" CHECK (char_length(btrim("file_name")) > 0),
                CONSTRAINT "evidence_file_size_positive" CHECK ("size_bytes" > 0),
                CONSTRAINT "evidence_file_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
                CONSTRAINT "PK_f54e0261bc7f0350c7eae30736a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "evidence_file_sha256_idx" ON "evidence_file" ("sha256")
        `);
    await queryRunner.query(`
            CREATE INDEX "evidence_file_evidence_idx" ON "evidence_file" ("evidence_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence"
            ADD CONSTRAINT "FK_e6a2ff9d867a73929c2e4c89366" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence"
            ADD CONSTRAINT "FK_02f995ed1a53ffadec91f1f1012" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_file"
            ADD CONSTRAINT "FK_20a27dabb34e6703f913745c9ea" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_file"
            ADD CONSTRAINT "FK_f47e7fa6fd91c466dc496143d8f" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // Words joined by a slash ("Decree 12/2019", "id.gov/faq") are split, as the search words are
    // (see EvidenceQueryService): the parser would keep them as one path-like token.
    await queryRunner.query(`
            CREATE FUNCTION "evidence_search_text"(value text) RETURNS tsvector
            LANGUAGE sql IMMUTABLE AS $$ SELECT to_tsvector('simple', translate(coalesce(value, ''), '/', ' ')) $$
        `);
    // One vector per item, so that a query is answered over all its words at once ("survey
    // quokka" finds an item titled "survey" whose PDF says "quokka"). Title and tags weigh most,
    // then citation, author and article, then the summary, then interview notes and the text of
    // its files (the first 400,000 characters). Should the files' words ever exceed the 1 MB a
    // vector may hold, the item stays findable by its own fields.
    await queryRunner.query(`
            CREATE FUNCTION "evidence_search_update"() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                own tsvector :=
                    setweight(evidence_search_text(NEW."title"), 'A') ||
                    setweight(evidence_search_text(array_to_string(NEW."tags", ' ')), 'A') ||
                    setweight(evidence_search_text(concat_ws(' ', NEW."citation", NEW."author", NEW."article")), 'B') ||
                    setweight(evidence_search_text(NEW."summary"), 'C') ||
                    setweight(evidence_search_text(NEW."notes"), 'D');
                files text := (
                    SELECT left(string_agg(f."text", ' ' ORDER BY f."created_at", f."id"), 400000)
                    FROM "evidence_file" f WHERE f."evidence_id" = NEW."id"
                );
            BEGIN
                BEGIN
                    NEW."search" := own || setweight(evidence_search_text(files), 'D');
                EXCEPTION WHEN program_limit_exceeded THEN
                    NEW."search" := own;
                END;
                RETURN NEW;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "evidence_search" BEFORE INSERT OR UPDATE
            ON "evidence" FOR EACH ROW EXECUTE FUNCTION "evidence_search_update"()
        `);
    await queryRunner.query(`
            CREATE INDEX "evidence_search_idx" ON "evidence" USING GIN ("search")
        `);
    // A file added, removed or re-read has its item's vector recomputed (by the trigger above).
    await queryRunner.query(`
            CREATE FUNCTION "evidence_file_search_update"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "evidence" SET "search" = NULL
                WHERE "id" = CASE WHEN TG_OP = 'DELETE' THEN OLD."evidence_id" ELSE NEW."evidence_id" END;
                RETURN NULL;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "evidence_file_search" AFTER INSERT OR DELETE OR UPDATE OF "text"
            ON "evidence_file" FOR EACH ROW EXECUTE FUNCTION "evidence_file_search_update"()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "evidence_file_search" ON "evidence_file"`);
    await queryRunner.query(`DROP FUNCTION "evidence_file_search_update"()`);
    await queryRunner.query(`DROP INDEX "public"."evidence_search_idx"`);
    await queryRunner.query(`DROP TRIGGER "evidence_search" ON "evidence"`);
    await queryRunner.query(`DROP FUNCTION "evidence_search_update"()`);
    await queryRunner.query(`DROP FUNCTION "evidence_search_text"(text)`);
    await queryRunner.query(`
            ALTER TABLE "evidence_file" DROP CONSTRAINT "FK_f47e7fa6fd91c466dc496143d8f"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_file" DROP CONSTRAINT "FK_20a27dabb34e6703f913745c9ea"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence" DROP CONSTRAINT "FK_02f995ed1a53ffadec91f1f1012"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence" DROP CONSTRAINT "FK_e6a2ff9d867a73929c2e4c89366"
        `);
    await queryRunner.query(`DROP INDEX "public"."evidence_file_evidence_idx"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_file_sha256_idx"`);
    await queryRunner.query(`DROP TABLE "evidence_file"`);
    await queryRunner.query(`DROP TYPE "public"."evidence_text_status"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_listing_idx"`);
    await queryRunner.query(`DROP TABLE "evidence"`);
    await queryRunner.query(`DROP TYPE "public"."evidence_confidentiality"`);
    await queryRunner.query(`DROP TYPE "public"."evidence_kind"`);
  }
}

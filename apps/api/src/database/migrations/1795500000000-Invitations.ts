import { MigrationInterface, QueryRunner } from 'typeorm';

export class Invitations1795500000000 implements MigrationInterface {
  name = 'Invitations1795500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "invitation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "assessment_id" uuid NOT NULL,
                "email" character varying(320) NOT NULL,
                "role" "public"."assessment_role" NOT NULL,
                "organisation_id" uuid,
                "token_hash" character(64) NOT NULL,
                "invited_by" uuid NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "accepted_by" uuid,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "invitation_token_uq" UNIQUE ("token_hash"),
                CONSTRAINT "invitation_expires_after_creation" CHECK ("expires_at" > "created_at"),
                CONSTRAINT "invitation_accepted_or_revoked" CHECK (
                    "accepted_at" IS NULL
                    OR "revoked_at" IS NULL
                ),
                CONSTRAINT "invitation_accepted_by_whom" CHECK (("accepted_at" IS NULL) = ("accepted_by" IS NULL)),
                CONSTRAINT "invitation_email_lowercase" CHECK (
                    "email" = lower("email")
                    AND char_length("email") > 2
                ),
                CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "invitation_open_uq" ON "invitation" ("assessment_id", "email")
            WHERE "accepted_at" IS NULL
                AND "revoked_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "invitation_assessment_idx" ON "invitation" ("assessment_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "FK_42e069c3d1fb63e61e951573538" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "FK_913833c1541e680e8112131222f" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "FK_e720a7c3cde7969988b5d33ca75" FOREIGN KEY ("invited_by") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "FK_c7dbb595d2a91b5f18f922582c3" FOREIGN KEY ("accepted_by") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  // The assessment_role type belongs to the Membership migration and stays.
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "FK_c7dbb595d2a91b5f18f922582c3"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "FK_e720a7c3cde7969988b5d33ca75"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "FK_913833c1541e680e8112131222f"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "FK_42e069c3d1fb63e61e951573538"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."invitation_assessment_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."invitation_open_uq"
        `);
    await queryRunner.query(`
            DROP TABLE "invitation"
        `);
  }
}

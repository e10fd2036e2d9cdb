import { MigrationInterface, QueryRunner } from 'typeorm';

export class Membership1795421170798 implements MigrationInterface {
  name = 'Membership1795421170798';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."organisation_type" AS ENUM(
                'GOVERNMENT',
                'CIVIL_SOCIETY',
                'UNDP',
                'DEVELOPMENT_PARTNER',
                'ACADEMIA',
                'OTHER'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "organisation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "type" "public"."organisation_type" NOT NULL,
                "country" character(2),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "organisation_name_uq" UNIQUE ("name"),
                CONSTRAINT "organisation_name_not_blank" CHECK (char_length(btrim("name")) > 0),
                CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "organisation_member" (
                "organisation_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                CONSTRAINT "PK_39ea877d3d3cb1f2ca4bf1774a4" PRIMARY KEY ("organisation_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."assessment_role" AS ENUM(
                'MODERATOR',
                'CONTRIBUTOR',
                'REVIEWER',
                'OBSERVER'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."attribution" AS ENUM('NAME', 'ORGANISATION', 'PSEUDONYM')
        `);
    await queryRunner.query(`
            CREATE TABLE "assessment_member" (
                "assessment_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role" "public"."assessment_role" NOT NULL,
                "organisation_id" uuid,
                "attribution" "public"."attribution" NOT NULL DEFAULT 'NAME',
                "pseudonym_number" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "assessment_member_pseudonym_uq" UNIQUE ("assessment_id", "pseudonym_number"),
                CONSTRAINT "PK_12f6d0c18964849965218265471" PRIMARY KEY ("assessment_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "assessment_member_user_idx" ON "assessment_member" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."assignee_kind" AS ENUM(
                'LEAD_ORGANISATION',
                'CONTRIBUTING_ORGANISATION',
                'PERSON'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "element_assignee" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "assessment_id" uuid NOT NULL,
                "element_key" character varying(120) NOT NULL,
                "kind" "public"."assignee_kind" NOT NULL,
                "organisation_id" uuid,
                "user_id" uuid,
                CONSTRAINT "element_assignee_target" CHECK (
                    ("kind" = 'PERSON') = ("user_id" IS NOT NULL)
                    AND ("kind" = 'PERSON') = ("organisation_id" IS NULL)
                ),
                CONSTRAINT "PK_0268cba22f797e0ab6ffbdd29b1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "element_assignee_lead_uq" ON "element_assignee" ("assessment_id", "element_key")
            WHERE "kind" = 'LEAD_ORGANISATION'
        `);
    await queryRunner.query(`
            CREATE INDEX "element_assignee_element_idx" ON "element_assignee" ("assessment_id", "element_key")
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_member"
            ADD CONSTRAINT "FK_185405d3e24509f912e3b09b7e2" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_member"
            ADD CONSTRAINT "FK_dc910c008fa4f5c17460a046228" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_member"
            ADD CONSTRAINT "FK_b887c1f4530c36d5f2edeca745b" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_member"
            ADD CONSTRAINT "FK_8d7a920dfe0c1d0e4e55390a994" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_member"
            ADD CONSTRAINT "FK_c4608ed018efe3052c832edc194" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "element_assignee"
            ADD CONSTRAINT "FK_4cca7d79a8ff9f90aaa6b761a1f" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "element_assignee"
            ADD CONSTRAINT "FK_dec758d51ed5bc3644fff3a78b0" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "element_assignee"
            ADD CONSTRAINT "FK_4246daa528e1946f97d14824d9e" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "element_assignee" DROP CONSTRAINT "FK_4246daa528e1946f97d14824d9e"
        `);
    await queryRunner.query(`
            ALTER TABLE "element_assignee" DROP CONSTRAINT "FK_dec758d51ed5bc3644fff3a78b0"
        `);
    await queryRunner.query(`
            ALTER TABLE "element_assignee" DROP CONSTRAINT "FK_4cca7d79a8ff9f90aaa6b761a1f"
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_member" DROP CONSTRAINT "FK_c4608ed018efe3052c832edc194"
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_member" DROP CONSTRAINT "FK_8d7a920dfe0c1d0e4e55390a994"
        `);
    await queryRunner.query(`
            ALTER TABLE "assessment_member" DROP CONSTRAINT "FK_b887c1f4530c36d5f2edeca745b"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_member" DROP CONSTRAINT "FK_dc910c008fa4f5c17460a046228"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_member" DROP CONSTRAINT "FK_185405d3e24509f912e3b09b7e2"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."element_assignee_element_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."element_assignee_lead_uq"
        `);
    await queryRunner.query(`
            DROP TABLE "element_assignee"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."assignee_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."assessment_member_user_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "assessment_member"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."attribution"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."assessment_role"
        `);
    await queryRunner.query(`
            DROP TABLE "organisation_member"
        `);
    await queryRunner.query(`
            DROP TABLE "organisation"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."organisation_type"
        `);
  }
}

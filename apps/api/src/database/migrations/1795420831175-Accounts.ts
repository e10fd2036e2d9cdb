import { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795420831175 implements MigrationInterface {
  name = 'Accounts1795420831175';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "user_account" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(320) NOT NULL,
                "display_name" character varying(120) NOT NULL,
                "password_hash" text,
                "audit_pseudonym" character varying(32) NOT NULL,
                "is_platform_admin" boolean NOT NULL DEFAULT false,
                "disabled_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "user_account_pseudonym_uq" UNIQUE ("audit_pseudonym"),
                CONSTRAINT "user_account_email_uq" UNIQUE ("email"),
                CONSTRAINT "user_account_email_lowercase" CHECK ("email" = lower("email")),
                CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "user_session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "user_session_token_uq" UNIQUE ("token_hash"),
                CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "user_session_user_idx" ON "user_session" ("user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "user_session"
            ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."user_session_user_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "user_session"
        `);
    await queryRunner.query(`
            DROP TABLE "user_account"
        `);
  }
}

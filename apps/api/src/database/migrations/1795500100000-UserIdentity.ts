import { MigrationInterface, QueryRunner } from 'typeorm';

// Single sign-on: identities at OpenID Connect providers linked to accounts, and sign-ins
// started at a provider and not yet finished.
export class UserIdentity1795500100000 implements MigrationInterface {
  name = 'UserIdentity1795500100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "user_identity" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "issuer" character varying(512) NOT NULL,
                "subject" character varying(255) NOT NULL,
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "user_identity_issuer_subject_uq" UNIQUE ("issuer", "subject"),
                CONSTRAINT "user_identity_subject_not_blank" CHECK (char_length("subject") > 0),
                CONSTRAINT "PK_87b5856b206b5b77e6e2fa29508" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "user_identity_user_idx" ON "user_identity" ("user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "user_identity"
            ADD CONSTRAINT "FK_2818839f889ab24f4077437753f" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            CREATE TABLE "oidc_login_attempt" (
                "state_hash" character(64) NOT NULL,
                "code_verifier" character varying(128) NOT NULL,
                "nonce" character varying(128) NOT NULL,
                "return_to" character varying(2048) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_1b68c8d1ceadf7a49cb351edd27" PRIMARY KEY ("state_hash")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "oidc_login_attempt_expires_idx" ON "oidc_login_attempt" ("expires_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."oidc_login_attempt_expires_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "oidc_login_attempt"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_identity" DROP CONSTRAINT "FK_2818839f889ab24f4077437753f"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."user_identity_user_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "user_identity"
        `);
  }
}

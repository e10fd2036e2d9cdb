import { MigrationInterface, QueryRunner } from 'typeorm';

// The relational projection of element documents (statuses, ratings, findings, lengths) that
// dashboards read instead of opening a Y.Doc.
export class ElementProgress1795700000000 implements MigrationInterface {
  name = 'ElementProgress1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "element_progress" (
                "assessment_id" uuid NOT NULL,
                "element_key" character varying(64) NOT NULL,
                "figures" jsonb NOT NULL,
                "state_hash" character(64) NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_714108033758d849a51145a9430" PRIMARY KEY ("assessment_id", "element_key")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "element_progress"
            ADD CONSTRAINT "FK_6c8c0066b778347889d1827d08c" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "element_progress" DROP CONSTRAINT "FK_6c8c0066b778347889d1827d08c"
        `);
    await queryRunner.query(`
            DROP TABLE "element_progress"
        `);
  }
}

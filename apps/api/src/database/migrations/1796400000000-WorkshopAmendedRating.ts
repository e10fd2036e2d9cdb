import { MigrationInterface, QueryRunner } from 'typeorm';

// An AMENDED rating item keeps the rating the room settled on, which is written to the question's
// rating in its element document (an amended finding keeps its text in amended_text).
export class WorkshopAmendedRating1796400000000 implements MigrationInterface {
  name = 'WorkshopAmendedRating1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "workshop_item" ADD "amended_rating" character varying(32)`,
    );
    await queryRunner.query(
      `ALTER TABLE "workshop_item" ADD CONSTRAINT "workshop_item_amended_rating" CHECK ("amended_rating" IS NULL OR ("outcome" = 'AMENDED' AND "kind" = 'RATING' AND "amended_rating" IN ('MEETS_TARGET', 'PARTIAL', 'NOT_MET', 'UNKNOWN', 'NOT_APPLICABLE')))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "workshop_item" DROP CONSTRAINT "workshop_item_amended_rating"`,
    );
    await queryRunner.query(`ALTER TABLE "workshop_item" DROP COLUMN "amended_rating"`);
  }
}

import type { Rating } from '@idgov/assessment-doc';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { WorkshopEntity } from './workshop.entity.js';
import {
  workshopItemKinds,
  workshopOutcomes,
  type WorkshopItemKind,
  type WorkshopOutcome,
} from './workshop-kinds.js';

// One agenda item: a finding or a question's rating, with the words participants were shown
// (snapshotted when it was put on the agenda) and, once decided, its outcome.
@Entity('workshop_item')
@Index('workshop_item_position_key', ['workshopId', 'position'], { unique: true })
@Index('workshop_item_outcome_idx', ['assessmentId', 'decidedAt'])
@Check('workshop_item_position', `"position" >= 0`)
@Check(
  'workshop_item_kind_keys',
  `("kind" = 'FINDING' AND "finding_id" IS NOT NULL AND "question_key" IS NULL AND "rating" IS NULL) OR ("kind" = 'RATING' AND "question_key" IS NOT NULL AND "rating" IS NOT NULL AND "finding_id" IS NULL)`,
)
@Check(
  'workshop_item_decided',
  `("outcome" IS NULL) = ("decided_at" IS NULL) AND ("outcome" IS NULL) = ("decided_by" IS NULL)`,
)
@Check('workshop_item_amended', `"amended_text" IS NULL OR "outcome" = 'AMENDED'`)
@Check(
  'workshop_item_amended_rating',
  `"amended_rating" IS NULL OR ("outcome" = 'AMENDED' AND "kind" = 'RATING' AND "amended_rating" IN ('MEETS_TARGET', 'PARTIAL', 'NOT_MET', 'UNKNOWN', 'NOT_APPLICABLE'))`,
)
@Check('workshop_item_note_length', `char_length("outcome_note") <= 2000`)
@Check('workshop_item_amended_length', `char_length("amended_text") <= 10000`)
export class WorkshopItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workshop_id', type: 'uuid' })
  workshopId: string;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id' })
  workshop?: Relation<WorkshopEntity>;

  // Repeated from the workshop so that the rest of the platform reads outcomes by assessment.
  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'enum', enum: workshopItemKinds, enumName: 'workshop_item_kind' })
  kind: WorkshopItemKind;

  @Column({ name: 'element_key', type: 'varchar', length: 64 })
  elementKey: string;

  @Column({ name: 'sub_element_key', type: 'varchar', length: 120 })
  subElementKey: string;

  @Column({ name: 'question_key', type: 'varchar', length: 160, nullable: true })
  questionKey: string | null;

  @Column({ name: 'finding_id', type: 'varchar', length: 64, nullable: true })
  findingId: string | null;

  @Column({ type: 'text' })
  statement: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  rating: string | null;

  @Column({
    type: 'enum',
    enum: workshopOutcomes,
    enumName: 'workshop_outcome',
    nullable: true,
  })
  outcome: WorkshopOutcome | null;

  @Column({ name: 'outcome_note', type: 'text', nullable: true })
  outcomeNote: string | null;

  @Column({ name: 'amended_text', type: 'text', nullable: true })
  amendedText: string | null;

  // The rating the room settled on for an AMENDED rating item; written to the question's rating.
  @Column({ name: 'amended_rating', type: 'varchar', length: 32, nullable: true })
  amendedRating: Rating | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by' })
  decider?: Relation<UserEntity>;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}

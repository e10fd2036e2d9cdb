import type { FindingKind, Rating } from '@idgov/assessment-doc';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { AssessmentEntity } from '../assessments/assessment.entity.js';
import { UserEntity } from '../users/user.entity.js';
import {
  findingKindsSql,
  ratingsSql,
  suggestionKindsSql,
  suggestionReasonMaxLength,
  suggestionStatusesSql,
  type SuggestionKind,
  type SuggestionStatus,
} from './suggestion-kind.js';

// A proposed change to one structured field of an element document, with the value it had when
// suggested, the author's reason and the moderator's decision. Which columns a kind uses is
// checked by the database too.
@Entity('suggestion')
@Index('suggestion_listing_idx', ['assessmentId', 'status', 'createdAt'])
@Index('suggestion_author_idx', ['assessmentId', 'createdBy'])
@Check('suggestion_kind_known', `"kind" IN (${suggestionKindsSql})`)
@Check('suggestion_status_known', `"status" IN (${suggestionStatusesSql})`)
@Check('suggestion_current_rating_known', `"current_rating" IN (${ratingsSql})`)
@Check('suggestion_proposed_rating_known', `"proposed_rating" IN (${ratingsSql})`)
@Check('suggestion_current_finding_kind_known', `"current_finding_kind" IN (${findingKindsSql})`)
@Check('suggestion_proposed_finding_kind_known', `"proposed_finding_kind" IN (${findingKindsSql})`)
@Check(
  'suggestion_rating_fields',
  `"kind" <> 'RATING' OR ("question_key" IS NOT NULL AND "proposed_rating" IS NOT NULL AND "sub_element_key" IS NULL AND "proposed_text" IS NULL AND "proposed_finding_kind" IS NULL)`,
)
@Check(
  'suggestion_answer_fields',
  `"kind" <> 'ANSWER' OR ("question_key" IS NOT NULL AND "proposed_text" IS NOT NULL AND "sub_element_key" IS NULL AND "proposed_rating" IS NULL AND "proposed_finding_kind" IS NULL)`,
)
@Check(
  'suggestion_finding_fields',
  `"kind" <> 'FINDING' OR ("sub_element_key" IS NOT NULL AND "proposed_text" IS NOT NULL AND "proposed_finding_kind" IS NOT NULL AND "question_key" IS NULL AND "proposed_rating" IS NULL)`,
)
@Check('suggestion_finding_id_on_finding', `"finding_id" IS NULL OR "kind" = 'FINDING'`)
@Check(
  'suggestion_reason_length',
  `char_length(btrim("reason")) > 0 AND char_length("reason") <= ${suggestionReasonMaxLength}`,
)
@Check(
  'suggestion_decision_reason_length',
  `char_length("decision_reason") <= ${suggestionReasonMaxLength}`,
)
@Check(
  'suggestion_decided',
  `("status" = 'PENDING') = ("decided_at" IS NULL) AND ("decided_at" IS NULL) = ("decided_by" IS NULL)`,
)
@Check('suggestion_rejection_reasoned', `"status" <> 'REJECTED' OR "decision_reason" IS NOT NULL`)
export class SuggestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ name: 'element_key', type: 'varchar', length: 64 })
  elementKey: string;

  @Column({ type: 'varchar', length: 16 })
  kind: SuggestionKind;

  @Column({ name: 'question_key', type: 'varchar', length: 160, nullable: true })
  questionKey: string | null;

  @Column({ name: 'sub_element_key', type: 'varchar', length: 120, nullable: true })
  subElementKey: string | null;

  // FINDING: the finding to change; null proposes a new finding.
  @Column({ name: 'finding_id', type: 'varchar', length: 64, nullable: true })
  findingId: string | null;

  @Column({ name: 'current_rating', type: 'varchar', length: 32, nullable: true })
  currentRating: Rating | null;

  @Column({ name: 'proposed_rating', type: 'varchar', length: 32, nullable: true })
  proposedRating: Rating | null;

  @Column({ name: 'current_finding_kind', type: 'varchar', length: 32, nullable: true })
  currentFindingKind: FindingKind | null;

  @Column({ name: 'proposed_finding_kind', type: 'varchar', length: 32, nullable: true })
  proposedFindingKind: FindingKind | null;

  // Plain text of the answer or finding when suggested (null for a rating or a new finding).
  @Column({ name: 'current_text', type: 'text', nullable: true })
  currentText: string | null;

  @Column({ name: 'proposed_text', type: 'text', nullable: true })
  proposedText: string | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  status: SuggestionStatus;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  // On acceptance: whether the field had changed since the suggestion was made.
  @Column({ name: 'applied_stale', type: 'boolean', nullable: true })
  appliedStale: boolean | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by' })
  decider?: Relation<UserEntity>;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  author?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

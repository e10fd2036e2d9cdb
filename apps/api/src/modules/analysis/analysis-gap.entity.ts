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
  UpdateDateColumn,
} from 'typeorm';
import { AssessmentEntity } from '../assessments/assessment.entity.js';
import { UserEntity } from '../users/user.entity.js';
import {
  derivedGapKinds,
  gapStatuses,
  sqlList,
  type DerivedGapKind,
  type GapStatus,
} from './analysis-kinds.js';

// An information gap raised by hand (or tracked from a derived one), with who researches it and by
// when. Keys are checked against the assessment's enabled structure by the service.
@Entity('analysis_gap')
@Index('analysis_gap_assessment_idx', ['assessmentId', 'status', 'createdAt'])
@Check('analysis_gap_status', `"status" IN (${sqlList(gapStatuses)})`)
@Check('analysis_gap_source', `"source" IN (${sqlList(derivedGapKinds)})`)
@Check('analysis_gap_source_question', `"source" IS NULL OR "question_key" IS NOT NULL`)
@Check('analysis_gap_description_length', `char_length(btrim("description")) BETWEEN 1 AND 2000`)
export class AnalysisGapEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'analysis_gap_pk' })
  id: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'analysis_gap_assessment_fk' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ name: 'element_key', type: 'varchar', length: 64 })
  elementKey: string;

  @Column({ name: 'sub_element_key', type: 'varchar', length: 120 })
  subElementKey: string;

  @Column({ name: 'question_key', type: 'varchar', length: 160, nullable: true })
  questionKey: string | null;

  // The derived gap it was tracked from ("track this"); null when raised by hand.
  @Column({ type: 'varchar', length: 20, nullable: true })
  source: DerivedGapKind | null;

  @Column({ type: 'text' })
  description: string;

  // A member of the assessment when assigned; shown as the members module attributes them.
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'analysis_gap_owner_fk' })
  owner?: Relation<UserEntity>;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'varchar', length: 20, default: 'OPEN' })
  status: GapStatus;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'analysis_gap_creator_fk' })
  creator?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

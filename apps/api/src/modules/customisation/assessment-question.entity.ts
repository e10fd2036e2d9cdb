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
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { AssessmentEntity } from '../assessments/assessment.entity.js';
import { QuestionOrigin } from './question-origin.js';

// Each assessment holds its own copy of the anchor questions, taken from the framework version it
// was created from, so rewording and reordering never touch the shared framework.
@Entity('assessment_question')
@Unique('assessment_question_key_uq', ['assessmentId', 'questionKey'])
@Index('assessment_question_detail_idx', ['assessmentId', 'detailKey', 'position'])
@Check('assessment_question_text_not_blank', `char_length(btrim("text")) > 0`)
@Check(
  'assessment_question_original_matches_origin',
  `("origin" = 'CUSTOM') = ("original_text" IS NULL)`,
)
export class AssessmentQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ name: 'sub_element_key', type: 'varchar', length: 120 })
  subElementKey: string;

  @Column({ name: 'detail_key', type: 'varchar', length: 120 })
  detailKey: string;

  @Column({ name: 'question_key', type: 'varchar', length: 160 })
  questionKey: string;

  @Column({ type: 'enum', enum: QuestionOrigin, enumName: 'question_origin' })
  origin: QuestionOrigin;

  @Column({ name: 'original_text', type: 'text', nullable: true })
  originalText: string | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'integer' })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

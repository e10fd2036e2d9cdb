import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { AssessmentEntity } from '../assessments/assessment.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { ratingScale, sqlList, type Rating } from './analysis-kinds.js';

// The moderator's rating of a sub-element, beside the split by group; one per sub-element.
@Entity('consolidated_rating')
@Check('consolidated_rating_rating', `"rating" IN (${sqlList(ratingScale)})`)
@Check('consolidated_rating_rationale_length', `char_length(btrim("rationale")) BETWEEN 1 AND 5000`)
export class ConsolidatedRatingEntity {
  @PrimaryColumn({
    name: 'assessment_id',
    type: 'uuid',
    primaryKeyConstraintName: 'consolidated_rating_pk',
  })
  assessmentId: string;

  @PrimaryColumn({
    name: 'sub_element_key',
    type: 'varchar',
    length: 120,
    primaryKeyConstraintName: 'consolidated_rating_pk',
  })
  subElementKey: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'assessment_id',
    foreignKeyConstraintName: 'consolidated_rating_assessment_fk',
  })
  assessment?: Relation<AssessmentEntity>;

  @Column({ type: 'varchar', length: 20 })
  rating: Rating;

  @Column({ type: 'text' })
  rationale: string;

  @Column({ name: 'set_by', type: 'uuid' })
  setBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'set_by', foreignKeyConstraintName: 'consolidated_rating_setter_fk' })
  setter?: Relation<UserEntity>;

  @UpdateDateColumn({ name: 'set_at', type: 'timestamptz' })
  setAt: Date;
}

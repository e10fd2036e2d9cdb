import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { AssessmentEntity } from '../assessments/assessment.entity.js';
import { UserEntity } from '../users/user.entity.js';
import {
  ratingScale,
  sqlList,
  stakeholderGroups,
  type Rating,
  type StakeholderGroup,
} from './analysis-kinds.js';

// One member's rating of a sub-element. Read only as counts per group, except by its author. The
// group is stored as it was when rating, so a later change of organisation rewrites nothing.
@Entity('stakeholder_rating')
@Unique('stakeholder_rating_once_uq', ['assessmentId', 'subElementKey', 'userId'])
@Check('stakeholder_rating_group', `"group" IN (${sqlList(stakeholderGroups)})`)
@Check('stakeholder_rating_rating', `"rating" IN (${sqlList(ratingScale)})`)
@Check('stakeholder_rating_comment_length', `char_length("comment") <= 500`)
export class StakeholderRatingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'stakeholder_rating_pk' })
  id: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'assessment_id',
    foreignKeyConstraintName: 'stakeholder_rating_assessment_fk',
  })
  assessment?: Relation<AssessmentEntity>;

  @Column({ name: 'sub_element_key', type: 'varchar', length: 120 })
  subElementKey: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'stakeholder_rating_user_fk' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 20 })
  group: StakeholderGroup;

  @Column({ type: 'varchar', length: 20 })
  rating: Rating;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

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

// A discussion anchored to one sub-element or one question of an element.
@Entity('comment_thread')
@Index('comment_thread_element_idx', ['assessmentId', 'elementKey', 'createdAt'])
@Check('comment_thread_one_anchor', `num_nonnulls("sub_element_key", "question_key") = 1`)
@Check('comment_thread_resolved', `("resolved_at" IS NULL) = ("resolved_by" IS NULL)`)
export class CommentThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ name: 'element_key', type: 'varchar', length: 64 })
  elementKey: string;

  @Column({ name: 'sub_element_key', type: 'varchar', length: 120, nullable: true })
  subElementKey: string | null;

  @Column({ name: 'question_key', type: 'varchar', length: 160, nullable: true })
  questionKey: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  author?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resolved_by' })
  resolver?: Relation<UserEntity>;
}

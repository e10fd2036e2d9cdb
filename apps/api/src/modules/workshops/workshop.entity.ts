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
import { workshopStatuses, type WorkshopStatus } from './workshop-kinds.js';

// A validation workshop (Engage) of one assessment. The join code exists only while it is OPEN,
// so a code that was once used never lets anyone into a closed workshop, and codes only need to be
// unique among open workshops.
@Entity('workshop')
@Index('workshop_assessment_idx', ['assessmentId', 'createdAt'])
@Index('workshop_join_code_key', ['joinCode'], { unique: true })
@Check('workshop_title_not_blank', `char_length(btrim("title")) > 0`)
@Check('workshop_join_code_open', `("join_code" IS NOT NULL) = ("status" = 'OPEN')`)
@Check('workshop_join_code_format', `"join_code" ~ '^[A-HJ-NP-Z2-9]{6}$'`)
export class WorkshopEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'enum', enum: workshopStatuses, enumName: 'workshop_status', default: 'DRAFT' })
  status: WorkshopStatus;

  @Column({ name: 'join_code', type: 'char', length: 6, nullable: true })
  joinCode: string | null;

  // Not a foreign key: items are deleted and reordered under it; the service keeps it valid.
  @Column({ name: 'current_item_id', type: 'uuid', nullable: true })
  currentItemId: string | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

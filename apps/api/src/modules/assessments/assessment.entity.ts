import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { AssessmentPhase } from './assessment-phase.js';

@Entity('assessment')
@Check('assessment_title_not_blank', `char_length(btrim("title")) > 0`)
@Check('assessment_country_iso', `"country" ~ '^[A-Z]{2}$'`)
@Index('assessment_listing_idx', ['archivedAt', 'updatedAt'])
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text', default: '' })
  scope: string;

  @Column({ name: 'national_use_cases', type: 'text', array: true, default: () => "'{}'" })
  nationalUseCases: string[];

  @Column({
    type: 'enum',
    enum: AssessmentPhase,
    enumName: 'assessment_phase',
    default: AssessmentPhase.PREPARE,
  })
  phase: AssessmentPhase;

  @Column({ name: 'framework_version', type: 'varchar', length: 32 })
  frameworkVersion: string;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

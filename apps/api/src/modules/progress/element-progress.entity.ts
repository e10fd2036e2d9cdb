import type { ElementFigures } from '@idgov/assessment-doc';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AssessmentEntity } from '../assessments/assessment.entity.js';

// The relational projection of one element assessment document: text-free figures (statuses,
// ratings, findings, lengths), so that dashboards never open a Y.Doc. Recounted at read time over
// the assessment's current structure.
@Entity('element_progress')
export class ElementProgressEntity {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @PrimaryColumn({ name: 'element_key', type: 'varchar', length: 64 })
  elementKey: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ type: 'jsonb' })
  figures: ElementFigures;

  // stateHash of the document the figures were read from.
  @Column({ name: 'state_hash', type: 'char', length: 64 })
  stateHash: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

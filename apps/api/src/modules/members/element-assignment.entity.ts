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
import { AssessmentEntity } from '../assessments/assessment.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UserEntity } from '../users/user.entity.js';

export type AssigneeKind = 'LEAD_ORGANISATION' | 'CONTRIBUTING_ORGANISATION' | 'PERSON';
export const assigneeKinds: readonly AssigneeKind[] = [
  'LEAD_ORGANISATION',
  'CONTRIBUTING_ORGANISATION',
  'PERSON',
];

// One row per organisation or person assigned to an element of an assessment.
@Entity('element_assignee')
@Index('element_assignee_element_idx', ['assessmentId', 'elementKey'])
@Index('element_assignee_lead_uq', ['assessmentId', 'elementKey'], {
  unique: true,
  where: `"kind" = 'LEAD_ORGANISATION'`,
})
@Check(
  'element_assignee_target',
  `("kind" = 'PERSON') = ("user_id" IS NOT NULL) AND ("kind" = 'PERSON') = ("organisation_id" IS NULL)`,
)
export class ElementAssigneeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ name: 'element_key', type: 'varchar', length: 120 })
  elementKey: string;

  @Column({ type: 'enum', enum: assigneeKinds, enumName: 'assignee_kind' })
  kind: AssigneeKind;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
}

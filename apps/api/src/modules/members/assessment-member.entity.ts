import type { AssessmentRole } from '@idgov/authz';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { AssessmentEntity } from '../assessments/assessment.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UserEntity } from '../users/user.entity.js';

export const assessmentRoles: readonly AssessmentRole[] = [
  'MODERATOR',
  'CONTRIBUTOR',
  'REVIEWER',
  'OBSERVER',
];

export type Attribution = 'NAME' | 'ORGANISATION' | 'PSEUDONYM';
export const attributions: readonly Attribution[] = ['NAME', 'ORGANISATION', 'PSEUDONYM'];

@Entity('assessment_member')
@Index('assessment_member_user_idx', ['userId'])
@Unique('assessment_member_pseudonym_uq', ['assessmentId', 'pseudonymNumber'])
export class AssessmentMemberEntity {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<AssessmentEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'enum', enum: assessmentRoles, enumName: 'assessment_role' })
  role: AssessmentRole;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  // How government members see this person; moderators always see who it is.
  @Column({ type: 'enum', enum: attributions, enumName: 'attribution', default: 'NAME' })
  attribution: Attribution;

  // Stable within the assessment: "Civil society contributor 3" stays 3.
  @Column({ name: 'pseudonym_number', type: 'integer' })
  pseudonymNumber: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

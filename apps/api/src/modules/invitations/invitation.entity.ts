import type { AssessmentRole } from '@idgov/authz';
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
} from 'typeorm';
import { AssessmentEntity } from '../assessments/assessment.entity.js';
import { assessmentRoles } from '../members/assessment-member.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UserEntity } from '../users/user.entity.js';

// Only a SHA-256 of the emailed token is kept: a copy of the database opens no invitation.
@Entity('invitation')
@Unique('invitation_token_uq', ['tokenHash'])
@Index('invitation_assessment_idx', ['assessmentId'])
// At most one open invitation per person and assessment: a new one revokes the previous one.
@Index('invitation_open_uq', ['assessmentId', 'email'], {
  unique: true,
  where: `"accepted_at" IS NULL AND "revoked_at" IS NULL`,
})
@Check('invitation_email_lowercase', `"email" = lower("email") AND char_length("email") > 2`)
@Check('invitation_accepted_by_whom', `("accepted_at" IS NULL) = ("accepted_by" IS NULL)`)
@Check('invitation_accepted_or_revoked', `"accepted_at" IS NULL OR "revoked_at" IS NULL`)
@Check('invitation_expires_after_creation', `"expires_at" > "created_at"`)
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'enum', enum: assessmentRoles, enumName: 'assessment_role' })
  role: AssessmentRole;

  // The organisation the person will act for in the assessment.
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'invited_by', type: 'uuid' })
  invitedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by' })
  inviter?: Relation<UserEntity>;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accepted_by' })
  acceptor?: Relation<UserEntity>;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

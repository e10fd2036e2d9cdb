import type { AssessmentRole } from '@idgov/authz';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssessmentRoleEnum } from '../members/member.object.js';
import { OrganisationObject, toOrganisationObject } from '../organisations/organisation.object.js';
import type { InvitationEntity } from './invitation.entity.js';

export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';

export const InvitationStatusEnum = {
  PENDING: 'PENDING',
  ACCEPTED: 'ACCEPTED',
  REVOKED: 'REVOKED',
  EXPIRED: 'EXPIRED',
} as const satisfies Record<InvitationStatus, InvitationStatus>;
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });

@ObjectType('Invitation', { description: 'An invitation to join an assessment (moderators only)' })
export class InvitationObject {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => AssessmentRoleEnum)
  role: AssessmentRole;

  @Field(() => OrganisationObject, { nullable: true })
  organisation: OrganisationObject | null;

  @Field(() => InvitationStatusEnum)
  status: InvitationStatus;

  @Field()
  expiresAt: Date;

  @Field()
  createdAt: Date;
}

@ObjectType('InvitationPreview', { description: 'What the holder of an invitation link may see' })
export class InvitationPreviewObject {
  @Field(() => ID, { description: 'Where the person lands once they have joined' })
  assessmentId: string;

  @Field()
  assessmentTitle: string;

  @Field(() => AssessmentRoleEnum)
  role: AssessmentRole;

  @Field(() => String, { nullable: true })
  organisationName: string | null;

  @Field()
  email: string;

  @Field({ description: 'True when accepting asks for the existing account’s password' })
  accountExists: boolean;

  @Field()
  expiresAt: Date;
}

export function invitationStatus(i: InvitationEntity, now = new Date()): InvitationStatus {
  if (i.acceptedAt) {
    return 'ACCEPTED';
  }
  if (i.revokedAt) {
    return 'REVOKED';
  }
  return i.expiresAt <= now ? 'EXPIRED' : 'PENDING';
}

// Expects the organisation relation loaded (in the same query as the invitations).
export function toInvitationObject(i: InvitationEntity): InvitationObject {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    organisation: i.organisation ? toOrganisationObject(i.organisation) : null,
    status: invitationStatus(i),
    expiresAt: i.expiresAt,
    createdAt: i.createdAt,
  };
}

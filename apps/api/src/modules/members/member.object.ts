import { memberIdOf } from './member-id.js';
import { can, type Actor, type AssessmentRole } from '@idgov/authz';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganisationObject, toOrganisationObject } from '../organisations/organisation.object.js';
import type { AssessmentMemberEntity, Attribution } from './assessment-member.entity.js';

export const AssessmentRoleEnum = {
  MODERATOR: 'MODERATOR',
  CONTRIBUTOR: 'CONTRIBUTOR',
  REVIEWER: 'REVIEWER',
  OBSERVER: 'OBSERVER',
} as const satisfies Record<AssessmentRole, AssessmentRole>;
registerEnumType(AssessmentRoleEnum, { name: 'AssessmentRole' });

export const AttributionEnum = {
  NAME: 'NAME',
  ORGANISATION: 'ORGANISATION',
  PSEUDONYM: 'PSEUDONYM',
} as const satisfies Record<Attribution, Attribution>;
registerEnumType(AttributionEnum, {
  name: 'Attribution',
  description: 'How a member is shown to other members who do not moderate the assessment',
});

@ObjectType('AssessmentMember')
export class AssessmentMemberObject {
  @Field(() => ID, { description: 'assessmentId:pseudonymNumber, stable and anonymous' })
  id: string;

  @Field(() => AssessmentRoleEnum)
  role: AssessmentRole;

  @Field(() => AttributionEnum)
  attribution: Attribution;

  @Field({ description: 'Name, organisation or pseudonym, as this viewer may see it' })
  label: string;

  @Field(() => ID, { nullable: true, description: 'Null unless the member is shown by name' })
  userId: string | null;

  @Field(() => String, { nullable: true })
  displayName: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => OrganisationObject, { nullable: true })
  organisation: OrganisationObject | null;

  @Field()
  isYou: boolean;
}

const pseudonymLabel = (m: AssessmentMemberEntity): string =>
  `${m.organisation?.type === 'CIVIL_SOCIETY' ? 'Civil society contributor' : 'Contributor'} ${m.pseudonymNumber}`;

// Identity is decided here, field by field, for the viewer asking: moderators, admins and the
// person see everything; others see what the person chose.
export function toMemberObject(m: AssessmentMemberEntity, viewer: Actor): AssessmentMemberObject {
  const identityVisible = can(viewer, 'person.readIdentity', {
    kind: 'person',
    userId: m.userId,
    sharedAssessmentIds: [m.assessmentId],
  });
  const shown: Attribution = identityVisible ? 'NAME' : m.attribution;
  const organisation =
    m.organisation && shown !== 'PSEUDONYM' ? toOrganisationObject(m.organisation) : null;
  const name = shown === 'NAME' ? (m.user?.displayName ?? null) : null;
  return {
    id: memberIdOf(m),
    role: m.role,
    attribution: m.attribution,
    label:
      name ?? (shown === 'ORGANISATION' && organisation ? organisation.name : pseudonymLabel(m)),
    userId: shown === 'NAME' ? m.userId : null,
    displayName: name,
    email: identityVisible ? (m.user?.email ?? null) : null,
    organisation,
    isYou: m.userId === viewer.userId,
  };
}

import { can, elementActions, type Actor, type ElementAction } from '@idgov/authz';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ElementAssigneeEntity } from './element-assignment.entity.js';

@ObjectType('ElementAssignment')
export class ElementAssignmentObject {
  @Field()
  elementKey: string;

  @Field(() => ID, { nullable: true })
  leadOrganisationId: string | null;

  @Field(() => [ID])
  contributingOrganisationIds: string[];

  @Field(() => [ID])
  assignedUserIds: string[];

  @Field(() => [String], { description: 'Element-level actions the viewer may take' })
  viewerActions: string[];
}

// One entry per element of the framework, assigned or not, in framework order.
export function toAssignments(
  elementKeys: readonly string[],
  rows: ElementAssigneeEntity[],
): ElementAssignmentObject[] {
  const byElement = new Map<string, ElementAssignmentObject>(
    elementKeys.map((elementKey) => [
      elementKey,
      {
        elementKey,
        leadOrganisationId: null,
        contributingOrganisationIds: [],
        assignedUserIds: [],
        viewerActions: [],
      },
    ]),
  );
  for (const row of rows) {
    const a = byElement.get(row.elementKey);
    if (!a) {
      continue; // an element no longer in the framework version
    }
    switch (row.kind) {
      case 'LEAD_ORGANISATION':
        a.leadOrganisationId = row.organisationId;
        break;
      case 'CONTRIBUTING_ORGANISATION':
        a.contributingOrganisationIds.push(row.organisationId ?? '');
        break;
      case 'PERSON':
        a.assignedUserIds.push(row.userId ?? '');
        break;
    }
  }
  return [...byElement.values()];
}

// What the viewer may do with one element, as the policy decides from its assignment.
export function viewerElementActions(
  actor: Actor,
  assessmentId: string,
  assignment: ElementAssignmentObject,
): ElementAction[] {
  return elementActions.filter((action) =>
    can(actor, action, {
      kind: 'element',
      assessmentId,
      elementKey: assignment.elementKey,
      assignment,
    }),
  );
}

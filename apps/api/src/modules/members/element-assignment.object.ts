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
}

export function toAssignments(rows: ElementAssigneeEntity[]): ElementAssignmentObject[] {
  const byElement = new Map<string, ElementAssignmentObject>();
  for (const row of rows) {
    const a = byElement.get(row.elementKey) ?? {
      elementKey: row.elementKey,
      leadOrganisationId: null,
      contributingOrganisationIds: [],
      assignedUserIds: [],
    };
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
    byElement.set(row.elementKey, a);
  }
  return [...byElement.values()];
}

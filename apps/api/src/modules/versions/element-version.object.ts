import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { Actor } from '@idgov/authz';
import type { ElementVersionEntity } from './element-version.entity.js';

@ObjectType('ElementVersion', { description: 'A named moment of an element’s live document' })
export class ElementVersionObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  assessmentId: string;

  @Field()
  elementKey: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field({ description: 'sha-256 of the document state the version holds' })
  stateHash: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field({ description: 'Whether the viewer named this version' })
  createdByYou: boolean;

  // Who named it, for resolving `author` as this viewer may see them; never exposed as such.
  createdBy: string;
}

@ObjectType('RestoredElementVersion')
export class RestoredElementVersionObject {
  @Field(() => ElementVersionObject)
  version: ElementVersionObject;

  @Field({ description: 'False when the document already read as the version' })
  changed: boolean;

  @Field({ description: 'sha-256 of the live document after the restore' })
  stateHash: string;
}

export function toElementVersionObject(
  entity: ElementVersionEntity,
  viewer: Actor,
): ElementVersionObject {
  return {
    id: entity.id,
    assessmentId: entity.assessmentId,
    elementKey: entity.elementKey,
    name: entity.name,
    note: entity.note,
    stateHash: entity.stateHash,
    createdAt: entity.createdAt,
    createdByYou: entity.createdBy === viewer.userId,
    createdBy: entity.createdBy,
  };
}

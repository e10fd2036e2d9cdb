import { findingKinds, ratings, type FindingKind, type Rating } from '@idgov/assessment-doc';
import type { Actor } from '@idgov/authz';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { SuggestionEntity } from './suggestion.entity.js';
import {
  suggestionKinds,
  suggestionStatuses,
  type SuggestionKind,
  type SuggestionStatus,
} from './suggestion-kind.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const SuggestionKindEnum = enumOf(suggestionKinds);
registerEnumType(SuggestionKindEnum, {
  name: 'SuggestionKind',
  description: 'The structured field a suggestion changes',
});
export const SuggestionStatusEnum = enumOf(suggestionStatuses);
registerEnumType(SuggestionStatusEnum, { name: 'SuggestionStatus' });
// Named for this module so that other modules may register their own rating enums freely.
export const SuggestedRatingEnum = enumOf(ratings);
registerEnumType(SuggestedRatingEnum, { name: 'SuggestedRating' });
export const SuggestedFindingKindEnum = enumOf(findingKinds);
registerEnumType(SuggestedFindingKindEnum, { name: 'SuggestedFindingKind' });

@ObjectType('Suggestion', {
  description: 'A proposed change to a rating, finding or answer, and what became of it',
})
export class SuggestionObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  assessmentId: string;

  @Field()
  elementKey: string;

  @Field(() => SuggestionKindEnum)
  kind: SuggestionKind;

  @Field(() => String, { nullable: true, description: 'RATING and ANSWER' })
  questionKey: string | null;

  @Field(() => String, { nullable: true, description: 'FINDING' })
  subElementKey: string | null;

  @Field(() => String, { nullable: true, description: 'FINDING: null proposes a new finding' })
  findingId: string | null;

  @Field(() => SuggestedRatingEnum, { nullable: true, description: 'When suggested' })
  currentRating: Rating | null;

  @Field(() => SuggestedRatingEnum, { nullable: true })
  proposedRating: Rating | null;

  @Field(() => SuggestedFindingKindEnum, { nullable: true, description: 'When suggested' })
  currentFindingKind: FindingKind | null;

  @Field(() => SuggestedFindingKindEnum, { nullable: true })
  proposedFindingKind: FindingKind | null;

  @Field(() => String, { nullable: true, description: 'Plain text when suggested' })
  currentText: string | null;

  @Field(() => String, { nullable: true })
  proposedText: string | null;

  @Field({ description: 'Why the author suggests it' })
  reason: string;

  @Field(() => SuggestionStatusEnum)
  status: SuggestionStatus;

  @Field(() => String, { nullable: true, description: 'The moderator’s reason' })
  decisionReason: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'When accepted: whether the field had changed since it was suggested',
  })
  appliedStale: boolean | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field({ description: 'Whether the viewer suggested it' })
  createdByYou: boolean;

  // For resolving `author` and `decidedBy` as this viewer may see them; never exposed as such.
  createdBy: string;
  decidedByUserId: string | null;
}

export function toSuggestionObject(entity: SuggestionEntity, viewer: Actor): SuggestionObject {
  return {
    id: entity.id,
    assessmentId: entity.assessmentId,
    elementKey: entity.elementKey,
    kind: entity.kind,
    questionKey: entity.questionKey,
    subElementKey: entity.subElementKey,
    findingId: entity.findingId,
    currentRating: entity.currentRating,
    proposedRating: entity.proposedRating,
    currentFindingKind: entity.currentFindingKind,
    proposedFindingKind: entity.proposedFindingKind,
    currentText: entity.currentText,
    proposedText: entity.proposedText,
    reason: entity.reason,
    status: entity.status,
    decisionReason: entity.decisionReason,
    appliedStale: entity.appliedStale,
    decidedAt: entity.decidedAt,
    createdAt: entity.createdAt,
    createdByYou: entity.createdBy === viewer.userId,
    createdBy: entity.createdBy,
    decidedByUserId: entity.decidedBy,
  };
}

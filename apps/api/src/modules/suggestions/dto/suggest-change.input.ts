import { findingKinds, ratings, type FindingKind, type Rating } from '@idgov/assessment-doc';
import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import {
  suggestionReasonMaxLength,
  suggestionTextMaxLength,
  type SuggestionKind,
} from '../suggestion-kind.js';
import {
  SuggestedFindingKindEnum,
  SuggestedRatingEnum,
  SuggestionKindEnum,
} from '../suggestion.object.js';

@InputType()
export class SuggestChangeInput {
  @Field(() => ID)
  assessmentId: string;

  @Field()
  elementKey: string;

  @Field(() => SuggestionKindEnum)
  kind: SuggestionKind;

  @Field(() => String, { nullable: true, description: 'RATING and ANSWER: the question' })
  questionKey?: string | null;

  @Field(() => String, { nullable: true, description: 'FINDING: the sub-element' })
  subElementKey?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'FINDING: the finding to change; leave out to propose a new finding',
  })
  findingId?: string | null;

  @Field(() => SuggestedRatingEnum, { nullable: true, description: 'RATING (required)' })
  proposedRating?: Rating | null;

  @Field(() => SuggestedFindingKindEnum, { nullable: true, description: 'FINDING (required)' })
  proposedFindingKind?: FindingKind | null;

  @Field(() => String, { nullable: true, description: 'FINDING and ANSWER (required)' })
  proposedText?: string | null;

  @Field({ description: 'Why: shown to the moderator who decides' })
  reason: string;
}

const key = (max: number) => z.string().trim().min(1, 'Required').max(max);
export const reasonSchema = z
  .string()
  .trim()
  .min(1, 'Give a reason')
  .max(suggestionReasonMaxLength, `At most ${suggestionReasonMaxLength} characters`);
const proposedText = z
  .string()
  .max(suggestionTextMaxLength, `At most ${suggestionTextMaxLength} characters`)
  .transform((text) => text.replace(/\r\n?/g, '\n').trim());
const absent = (what: string) => z.null({ error: `Not used when suggesting ${what}` }).optional();

const common = {
  assessmentId: z.string(),
  elementKey: key(64),
  reason: reasonSchema,
};

// One shape per kind: the fields another kind uses are refused, so nothing is silently ignored.
export const suggestChangeSchema = z.discriminatedUnion('kind', [
  z.object({
    ...common,
    kind: z.literal('RATING'),
    questionKey: key(160),
    proposedRating: z.enum(ratings, { error: 'Choose a rating' }),
    subElementKey: absent('a rating'),
    findingId: absent('a rating'),
    proposedFindingKind: absent('a rating'),
    proposedText: absent('a rating'),
  }),
  z.object({
    ...common,
    kind: z.literal('ANSWER'),
    questionKey: key(160),
    proposedText: proposedText,
    subElementKey: absent('an answer'),
    findingId: absent('an answer'),
    proposedRating: absent('an answer'),
    proposedFindingKind: absent('an answer'),
  }),
  z.object({
    ...common,
    kind: z.literal('FINDING'),
    subElementKey: key(120),
    findingId: key(64)
      .nullish()
      .transform((id) => id ?? null),
    proposedFindingKind: z.enum(findingKinds, { error: 'Choose a kind of finding' }),
    proposedText: proposedText.refine((text) => text.length > 0, 'Write the finding'),
    questionKey: absent('a finding'),
    proposedRating: absent('a finding'),
  }),
]);

export type SuggestChange = z.output<typeof suggestChangeSchema>;

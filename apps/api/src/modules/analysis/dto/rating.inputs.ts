import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { ratingScale, type Rating } from '../analysis-kinds.js';
import { AnalysisRatingEnum } from '../analysis-enums.js';

const subElementKey = z
  .string()
  .trim()
  .min(1, 'Give the sub-element key')
  .max(120, 'A sub-element key has at most 120 characters');
const rating = z.enum(ratingScale as [Rating, ...Rating[]], {
  message: 'Choose MEETS_TARGET, PARTIAL, NOT_MET, UNKNOWN or NOT_APPLICABLE',
});

@InputType()
export class SubmitStakeholderRatingInput {
  @Field(() => ID)
  assessmentId: string;

  @Field()
  subElementKey: string;

  @Field(() => AnalysisRatingEnum)
  rating: Rating;

  @Field(() => String, { nullable: true, description: 'At most 500 characters' })
  comment?: string | null;
}

export const submitStakeholderRatingSchema = z.object({
  assessmentId: z.string(),
  subElementKey,
  rating,
  comment: z
    .string()
    .trim()
    .max(500, 'A comment has at most 500 characters')
    .transform((v) => (v === '' ? null : v))
    .nullish(),
});

export type NewStakeholderRating = z.output<typeof submitStakeholderRatingSchema>;

@InputType()
export class SetConsolidatedRatingInput {
  @Field(() => ID)
  assessmentId: string;

  @Field()
  subElementKey: string;

  @Field(() => AnalysisRatingEnum)
  rating: Rating;

  @Field({ description: 'Why, in at most 5000 characters' })
  rationale: string;
}

export const setConsolidatedRatingSchema = z.object({
  assessmentId: z.string(),
  subElementKey,
  rating,
  rationale: z
    .string()
    .trim()
    .min(1, 'Give the reasons for this rating')
    .max(5000, 'A rationale has at most 5000 characters'),
});

export type NewConsolidatedRating = z.output<typeof setConsolidatedRatingSchema>;

export const subElementKeySchema = subElementKey;

import { Field, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { suggestionStatuses, type SuggestionStatus } from '../suggestion-kind.js';
import { SuggestionStatusEnum } from '../suggestion.object.js';

@InputType()
export class SuggestionFilterInput {
  @Field(() => String, { nullable: true })
  elementKey?: string | null;

  @Field(() => SuggestionStatusEnum, { nullable: true })
  status?: SuggestionStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the viewer’s own suggestions' })
  mine?: boolean | null;
}

export const suggestionFilterSchema = z
  .object({
    elementKey: z.string().trim().min(1).max(64).nullish(),
    status: z.enum(suggestionStatuses).nullish(),
    mine: z.boolean().nullish(),
  })
  .nullish()
  .transform((f) => ({
    elementKey: f?.elementKey ?? null,
    status: f?.status ?? null,
    mine: f?.mine ?? false,
  }));

export type SuggestionFilter = z.output<typeof suggestionFilterSchema>;

import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import {
  RecommendationPriorityEnum,
  RecommendationStatusEnum,
  RecommendationTimeframeEnum,
} from '../recommendation.object.js';
import {
  recommendationPriorities,
  recommendationStatuses,
  recommendationTimeframes,
  type RecommendationPriority,
  type RecommendationStatus,
  type RecommendationTimeframe,
} from '../recommendation-values.js';
import { organisationIdSchema } from './recommendation-fields.js';

@InputType()
export class RecommendationFilter {
  @Field(() => String, { nullable: true })
  elementKey?: string | null;

  @Field(() => RecommendationStatusEnum, { nullable: true })
  status?: RecommendationStatus | null;

  @Field(() => RecommendationPriorityEnum, { nullable: true })
  priority?: RecommendationPriority | null;

  @Field(() => RecommendationTimeframeEnum, { nullable: true })
  timeframe?: RecommendationTimeframe | null;

  @Field(() => ID, { nullable: true })
  responsibleOrganisationId?: string | null;
}

export const recommendationFilterSchema = z.object({
  elementKey: z.string().trim().max(120).nullish(),
  status: z.enum(recommendationStatuses).nullish(),
  priority: z.enum(recommendationPriorities).nullish(),
  timeframe: z.enum(recommendationTimeframes).nullish(),
  responsibleOrganisationId: organisationIdSchema.nullish(),
});

export type RecommendationQuery = z.output<typeof recommendationFilterSchema>;

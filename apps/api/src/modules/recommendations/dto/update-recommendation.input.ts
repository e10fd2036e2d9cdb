import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import {
  RecommendationPriorityEnum,
  RecommendationStatusEnum,
  RecommendationTimeframeEnum,
} from '../recommendation.object.js';
import type {
  RecommendationPriority,
  RecommendationStatus,
  RecommendationTimeframe,
} from '../recommendation-values.js';
import { recommendationFieldShapes, refineInstitution } from './recommendation-fields.js';

// Fields left out stay as they are; null clears an optional one. Naming one kind of responsible
// institution clears the other.
@InputType()
export class UpdateRecommendationInput {
  @Field(() => String, { nullable: true })
  elementKey?: string | null;

  @Field(() => String, { nullable: true })
  subElementKey?: string | null;

  @Field(() => [String], { nullable: true })
  findingIds?: string[] | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  responsibleOrganisationId?: string | null;

  @Field(() => String, { nullable: true })
  responsibleInstitutionName?: string | null;

  @Field(() => RecommendationPriorityEnum, { nullable: true })
  priority?: RecommendationPriority | null;

  @Field(() => RecommendationTimeframeEnum, { nullable: true })
  timeframe?: RecommendationTimeframe | null;

  @Field(() => RecommendationStatusEnum, { nullable: true })
  status?: RecommendationStatus | null;
}

const required = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (v === null ? undefined : v), schema.optional());

export const updateRecommendationSchema = z
  .object({
    ...recommendationFieldShapes,
    // These may change, never go: null leaves them as they are.
    elementKey: required(recommendationFieldShapes.elementKey),
    title: required(recommendationFieldShapes.title),
    priority: required(recommendationFieldShapes.priority),
    timeframe: required(recommendationFieldShapes.timeframe),
    status: required(z.enum(['PROPOSED', 'AGREED', 'IN_PROGRESS', 'IMPLEMENTED', 'DROPPED'])),
  })
  .superRefine(refineInstitution);

export type RecommendationChanges = z.output<typeof updateRecommendationSchema>;

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

@InputType()
export class CreateRecommendationInput {
  @Field(() => ID)
  assessmentId: string;

  @Field()
  elementKey: string;

  @Field(() => String, { nullable: true })
  subElementKey?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Ids of findings in the element document (of the sub-element, when given)',
  })
  findingIds?: string[] | null;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An organisation of this assessment (see recommendationInstitutions)',
  })
  responsibleOrganisationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An institution not on the platform; not with responsibleOrganisationId',
  })
  responsibleInstitutionName?: string | null;

  @Field(() => RecommendationPriorityEnum)
  priority: RecommendationPriority;

  @Field(() => RecommendationTimeframeEnum)
  timeframe: RecommendationTimeframe;

  @Field(() => RecommendationStatusEnum, { nullable: true, description: 'Default: PROPOSED' })
  status?: RecommendationStatus | null;
}

export const createRecommendationSchema = z
  .object({ assessmentId: z.string(), ...recommendationFieldShapes })
  .superRefine(refineInstitution)
  .transform((v) => ({
    ...v,
    subElementKey: v.subElementKey ?? null,
    findingIds: v.findingIds ?? [],
    description: v.description ?? '',
    responsibleOrganisationId: v.responsibleOrganisationId ?? null,
    responsibleInstitutionName: v.responsibleInstitutionName ?? null,
    status: v.status ?? 'PROPOSED',
  }));

export type NewRecommendation = Omit<z.output<typeof createRecommendationSchema>, 'assessmentId'>;

import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { RecommendationEntity } from './recommendation.entity.js';
import {
  recommendationPriorities,
  recommendationStatuses,
  recommendationTimeframes,
  type RecommendationPriority,
  type RecommendationStatus,
  type RecommendationTimeframe,
} from './recommendation-values.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RecommendationPriorityEnum = enumOf(recommendationPriorities);
registerEnumType(RecommendationPriorityEnum, { name: 'RecommendationPriority' });

export const RecommendationTimeframeEnum = enumOf(recommendationTimeframes);
registerEnumType(RecommendationTimeframeEnum, {
  name: 'RecommendationTimeframe',
  description: 'SHORT_TERM: within 6 months; MEDIUM_TERM: 6 to 18 months; LONG_TERM: beyond 18',
});

export const RecommendationStatusEnum = enumOf(recommendationStatuses);
registerEnumType(RecommendationStatusEnum, { name: 'RecommendationStatus' });

export const RoadmapGroupingEnum = { ELEMENT: 'ELEMENT', INSTITUTION: 'INSTITUTION' } as const;
export type RoadmapGrouping = keyof typeof RoadmapGroupingEnum;
registerEnumType(RoadmapGroupingEnum, { name: 'RoadmapGrouping' });

@ObjectType('Recommendation')
export class RecommendationObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  assessmentId: string;

  @Field()
  elementKey: string;

  @Field(() => String, { nullable: true })
  subElementKey: string | null;

  @Field(() => [String], { description: 'Ids of findings in the element document' })
  findingIds: string[];

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => ID, { nullable: true, description: 'An organisation on the platform' })
  responsibleOrganisationId: string | null;

  @Field(() => String, { nullable: true, description: 'An institution not on the platform' })
  responsibleInstitutionName: string | null;

  @Field(() => RecommendationPriorityEnum)
  priority: RecommendationPriority;

  @Field(() => RecommendationTimeframeEnum)
  timeframe: RecommendationTimeframe;

  @Field(() => RecommendationStatusEnum)
  status: RecommendationStatus;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  // For resolving `createdBy` and `updatedBy` as this viewer may see them; never exposed as such.
  creatorId: string;
  updaterId: string;
}

@ObjectType('RoadmapGroup', {
  description:
    'Recommendations of one element or one institution, by timeframe then priority; dropped ones are left out',
})
export class RoadmapGroupObject {
  @Field({
    description: 'The element key, the organisation id, the institution name, or "" for none',
  })
  key: string;

  @Field(() => String, { nullable: true })
  elementKey: string | null;

  @Field(() => ID, { nullable: true })
  organisationId: string | null;

  @Field(() => String, { nullable: true })
  institutionName: string | null;

  @Field(() => [RecommendationObject])
  recommendations: RecommendationObject[];
}

@ObjectType('RecommendationFindingOption', {
  description: 'A finding of an element document that a recommendation may be linked to',
})
export class RecommendationFindingOptionObject {
  @Field()
  id: string;

  @Field()
  subElementKey: string;

  @Field({ description: 'STRENGTH, WEAKNESS, INFORMATION_GAP or RISK' })
  kind: string;

  @Field()
  text: string;
}

export function toRecommendationObject(r: RecommendationEntity): RecommendationObject {
  return {
    id: r.id,
    assessmentId: r.assessmentId,
    elementKey: r.elementKey,
    subElementKey: r.subElementKey,
    findingIds: r.findingIds,
    title: r.title,
    description: r.description,
    responsibleOrganisationId: r.responsibleOrganisationId,
    responsibleInstitutionName: r.responsibleInstitutionName,
    priority: r.priority,
    timeframe: r.timeframe,
    status: r.status,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    creatorId: r.createdBy,
    updaterId: r.updatedBy,
  };
}

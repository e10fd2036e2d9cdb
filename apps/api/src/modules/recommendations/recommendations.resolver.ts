import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AssessmentPolicy } from '../../core/authz/policy.decorator.js';
import { notFound } from '../../core/errors/app-error.js';
import { parseId } from '../../core/errors/parse-id.js';
import { parseInput } from '../../core/errors/parse-input.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { FrameworkService } from '../framework/framework.service.js';
import { requireActor } from '../members/require-actor.js';
import { OrganisationObject, toOrganisationObject } from '../organisations/organisation.object.js';
import {
  CreateRecommendationInput,
  createRecommendationSchema,
} from './dto/create-recommendation.input.js';
import {
  RecommendationFilter,
  recommendationFilterSchema,
} from './dto/recommendation-filter.input.js';
import {
  UpdateRecommendationInput,
  updateRecommendationSchema,
} from './dto/update-recommendation.input.js';
import { ElementFindings } from './element-findings.js';
import { RecommendationQueries } from './recommendation-queries.service.js';
import {
  RecommendationFindingOptionObject,
  RecommendationObject,
  RoadmapGroupingEnum,
  RoadmapGroupObject,
  toRecommendationObject,
  type RoadmapGrouping,
} from './recommendation.object.js';
import { RecommendationsService } from './recommendations.service.js';
import { byElement, byInstitution } from './roadmap.js';

const assessmentIdOf = (raw: string) => parseId(raw, 'Assessment', 'assessmentId');
const recommendationIdOf = (raw: string) => parseId(raw, 'Recommendation');

// Every member reads recommendations and the roadmap; moderators and contributors write them.
@Resolver(() => RecommendationObject)
export class RecommendationsResolver {
  constructor(
    private readonly service: RecommendationsService,
    private readonly queries: RecommendationQueries,
    private readonly findings: ElementFindings,
    private readonly frameworks: FrameworkService,
  ) {}

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => [RecommendationObject], { description: 'Oldest first' })
  async recommendations(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('filter', { type: () => RecommendationFilter, nullable: true })
    filter: RecommendationFilter | null,
  ): Promise<RecommendationObject[]> {
    const rows = await this.queries.list(
      assessmentIdOf(assessmentId),
      parseInput(recommendationFilterSchema, filter ?? {}),
    );
    return rows.map(toRecommendationObject);
  }

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => [RoadmapGroupObject], {
    description:
      'The implementation roadmap: groups in framework order (ELEMENT) or by institution name ' +
      '(INSTITUTION: organisations, then institutions off the platform, then none yet), each ' +
      'ordered by timeframe, then priority; dropped recommendations are left out',
  })
  async implementationRoadmap(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('groupBy', { type: () => RoadmapGroupingEnum }) groupBy: RoadmapGrouping,
  ): Promise<RoadmapGroupObject[]> {
    const rows = await this.queries.list(assessmentIdOf(assessmentId), {});
    const groups =
      groupBy === 'ELEMENT'
        ? byElement(
            rows,
            this.frameworks.current().elements.map((e) => e.key),
          )
        : byInstitution(rows, await this.organisationNames(rows));
    return groups.map((g) => ({
      ...g,
      recommendations: g.recommendations.map(toRecommendationObject),
    }));
  }

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => [OrganisationObject], {
    description:
      'Organisations a recommendation may name as responsible: those assigned to an element ' +
      'and those of members shown by name or organisation',
  })
  async recommendationInstitutions(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
  ): Promise<OrganisationObject[]> {
    return (await this.queries.institutions(assessmentIdOf(assessmentId))).map(
      toOrganisationObject,
    );
  }

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => [RecommendationFindingOptionObject], {
    description: 'The findings of an element document, to link recommendations to',
  })
  async recommendationFindingOptions(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('elementKey') elementKey: string,
  ): Promise<RecommendationFindingOptionObject[]> {
    if (!this.frameworks.currentIndex().element(elementKey)) {
      throw notFound('Element', 'elementKey');
    }
    return this.findings.of(assessmentIdOf(assessmentId), elementKey);
  }

  @AssessmentPolicy('recommendations.manage', 'input.assessmentId')
  @Mutation(() => RecommendationObject)
  async createRecommendation(
    @Args('input') input: CreateRecommendationInput,
    @Context() ctx: GraphqlContext,
  ): Promise<RecommendationObject> {
    const { assessmentId, ...values } = parseInput(createRecommendationSchema, input);
    const row = await this.service.create(requireActor(ctx), assessmentIdOf(assessmentId), values);
    return toRecommendationObject(row);
  }

  @AssessmentPolicy('recommendations.manage', 'assessmentId')
  @Mutation(() => RecommendationObject, {
    description: 'Left-out fields stay, null clears an optional one',
  })
  async updateRecommendation(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateRecommendationInput,
    @Context() ctx: GraphqlContext,
  ): Promise<RecommendationObject> {
    const changes = parseInput(updateRecommendationSchema, input);
    const row = await this.service.update(
      requireActor(ctx),
      assessmentIdOf(assessmentId),
      recommendationIdOf(id),
      changes,
    );
    return toRecommendationObject(row);
  }

  @AssessmentPolicy('recommendations.manage', 'assessmentId')
  @Mutation(() => ID, {
    description: 'Deletes a PROPOSED recommendation; an agreed one is dropped instead (CONFLICT)',
  })
  async deleteRecommendation(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<string> {
    const row = await this.service.delete(assessmentIdOf(assessmentId), recommendationIdOf(id));
    return row.id;
  }

  private async organisationNames(
    rows: readonly { responsibleOrganisationId: string | null }[],
  ): Promise<Map<string, string>> {
    const ids = [
      ...new Set(rows.map((r) => r.responsibleOrganisationId).filter((id) => id !== null)),
    ];
    const organisations = await this.queries.organisations(ids);
    return new Map(organisations.map((o) => [o.id, o.name]));
  }
}

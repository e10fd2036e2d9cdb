import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { AssessmentPolicy } from '../../core/authz/policy.decorator.js';
import { parseId } from '../../core/errors/parse-id.js';
import { parseInput } from '../../core/errors/parse-input.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { AssessmentMemberObject } from '../members/member.object.js';
import { requireActor } from '../members/require-actor.js';
import { AnalysisStructure, requireEnabledKeys } from './analysis-structure.js';
import {
  SetConsolidatedRatingInput,
  setConsolidatedRatingSchema,
  SubmitStakeholderRatingInput,
  submitStakeholderRatingSchema,
  subElementKeySchema,
} from './dto/rating.inputs.js';
import { MemberAttribution } from '../members/member-attribution.js';
import { RatingsQueryService } from './ratings-query.service.js';
import { ConsolidatedRatingObject, SubElementRatingsObject } from './ratings.object.js';
import { RatingsService } from './ratings.service.js';

const assessmentIdOf = (raw: string) => parseId(raw, 'Assessment', 'assessmentId');

// Every member reads the split (counts per group) and the consolidated rating; moderators,
// contributors and reviewers rate; moderators consolidate.
@Resolver(() => SubElementRatingsObject)
export class RatingsResolver {
  constructor(
    private readonly ratings: RatingsService,
    private readonly queries: RatingsQueryService,
    private readonly structure: AnalysisStructure,
  ) {}

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => [SubElementRatingsObject], {
    description: 'Ratings of each enabled sub-element split by stakeholder group, framework order',
  })
  async subElementRatings(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('elementKey', { nullable: true, type: () => String }) elementKey: string | null,
    @Context() ctx: GraphqlContext,
  ): Promise<SubElementRatingsObject[]> {
    const id = assessmentIdOf(assessmentId);
    const tree = await this.structure.enabledTree(id);
    const subs = tree
      .filter((e) => !elementKey || e.key === elementKey)
      .flatMap((e) => e.subElements);
    return this.queries.of(requireActor(ctx), id, subs);
  }

  @AssessmentPolicy('ratings.submit', 'input.assessmentId')
  @Mutation(() => SubElementRatingsObject, {
    description: 'Rates a sub-element, or changes your rating',
  })
  async submitStakeholderRating(
    @Args('input') input: SubmitStakeholderRatingInput,
    @Context() ctx: GraphqlContext,
  ): Promise<SubElementRatingsObject> {
    const actor = requireActor(ctx);
    const v = parseInput(submitStakeholderRatingSchema, input);
    const id = assessmentIdOf(v.assessmentId);
    await this.ratings.submit(actor, { ...v, assessmentId: id });
    return this.one(ctx, id, v.subElementKey);
  }

  @AssessmentPolicy('ratings.submit', 'assessmentId')
  @Mutation(() => SubElementRatingsObject, {
    description: 'Takes back your rating of a sub-element',
  })
  async withdrawStakeholderRating(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('subElementKey') subElementKey: string,
    @Context() ctx: GraphqlContext,
  ): Promise<SubElementRatingsObject> {
    const id = assessmentIdOf(assessmentId);
    const key = parseInput(subElementKeySchema, subElementKey);
    requireEnabledKeys(await this.structure.enabledTree(id), { subElementKey: key });
    await this.ratings.withdraw(requireActor(ctx), id, key);
    return this.one(ctx, id, key);
  }

  @AssessmentPolicy('ratings.consolidate', 'input.assessmentId')
  @Mutation(() => SubElementRatingsObject, {
    description: "Sets the moderator's consolidated rating of a sub-element, with its rationale",
  })
  async setConsolidatedRating(
    @Args('input') input: SetConsolidatedRatingInput,
    @Context() ctx: GraphqlContext,
  ): Promise<SubElementRatingsObject> {
    const v = parseInput(setConsolidatedRatingSchema, input);
    const id = assessmentIdOf(v.assessmentId);
    await this.ratings.consolidate(requireActor(ctx), { ...v, assessmentId: id });
    return this.one(ctx, id, v.subElementKey);
  }

  @AssessmentPolicy('ratings.consolidate', 'assessmentId')
  @Mutation(() => SubElementRatingsObject, { description: 'Clears the consolidated rating' })
  async clearConsolidatedRating(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('subElementKey') subElementKey: string,
    @Context() ctx: GraphqlContext,
  ): Promise<SubElementRatingsObject> {
    const id = assessmentIdOf(assessmentId);
    const key = parseInput(subElementKeySchema, subElementKey);
    requireEnabledKeys(await this.structure.enabledTree(id), { subElementKey: key });
    await this.ratings.clearConsolidated(id, key);
    return this.one(ctx, id, key);
  }

  private async one(
    ctx: GraphqlContext,
    assessmentId: string,
    subElementKey: string,
  ): Promise<SubElementRatingsObject> {
    const tree = await this.structure.enabledTree(assessmentId);
    const sub = requireEnabledKeys(tree, { subElementKey });
    const [result] = await this.queries.of(requireActor(ctx), assessmentId, [sub]);
    if (!result) {
      throw new Error('A sub-element without ratings object');
    }
    return result;
  }
}

@Resolver(() => ConsolidatedRatingObject)
export class ConsolidatedRatingResolver {
  constructor(private readonly people: MemberAttribution) {}

  @ResolveField(() => AssessmentMemberObject, {
    nullable: true,
    description: 'Who set it, as this viewer may see them',
  })
  setBy(
    @Parent() rating: ConsolidatedRatingObject,
    @Context() ctx: GraphqlContext,
  ): Promise<AssessmentMemberObject | null> {
    return this.people.memberOf(ctx, requireActor(ctx), rating.assessmentId, rating.setById);
  }
}

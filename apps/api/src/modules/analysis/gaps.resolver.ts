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
import {
  GapFilter,
  gapFilterSchema,
  RaiseGapInput,
  raiseGapSchema,
  UpdateGapInput,
  updateGapSchema,
} from './dto/gap.inputs.js';
import {
  InformationGapListObject,
  InformationGapObject,
  toTrackedGapObject,
} from './gap.object.js';
import { GapsQueryService } from './gaps-query.service.js';
import { GapsService, type GapTransition } from './gaps.service.js';
import { MemberAttribution } from '../members/member-attribution.js';

const assessmentIdOf = (raw: string) => parseId(raw, 'Assessment', 'assessmentId');
const gapIdOf = (raw: string) => parseId(raw, 'Gap');

// Every member reads the gaps; moderators and contributors raise and follow them up.
@Resolver(() => InformationGapObject)
export class GapsResolver {
  constructor(
    private readonly gaps: GapsService,
    private readonly queries: GapsQueryService,
    private readonly people: MemberAttribution,
  ) {}

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => InformationGapListObject, {
    description: 'Derived gaps of every enabled question and the gaps raised by hand',
  })
  async informationGaps(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('filter', { type: () => GapFilter, nullable: true }) filter: GapFilter | null,
    @Context() ctx: GraphqlContext,
  ): Promise<InformationGapListObject> {
    const actor = requireActor(ctx);
    const items = await this.queries.list(
      actor,
      assessmentIdOf(assessmentId),
      parseInput(gapFilterSchema, filter ?? {}),
    );
    return { items, total: items.length };
  }

  @AssessmentPolicy('gaps.manage', 'input.assessmentId')
  @Mutation(() => InformationGapObject, {
    description: 'Raises a gap by hand, or tracks a derived one (give its kind as source)',
  })
  async raiseGap(
    @Args('input') input: RaiseGapInput,
    @Context() ctx: GraphqlContext,
  ): Promise<InformationGapObject> {
    const actor = requireActor(ctx);
    const v = parseInput(raiseGapSchema, input);
    const row = await this.gaps.raise(actor, {
      ...v,
      assessmentId: assessmentIdOf(v.assessmentId),
    });
    return toTrackedGapObject(row, actor.userId);
  }

  @AssessmentPolicy('gaps.manage', 'assessmentId')
  @Mutation(() => InformationGapObject, {
    description: 'Changes description, owner or due date: left-out fields stay, null clears',
  })
  async updateGap(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateGapInput,
    @Context() ctx: GraphqlContext,
  ): Promise<InformationGapObject> {
    const actor = requireActor(ctx);
    const changes = parseInput(updateGapSchema, input);
    const row = await this.gaps.update(assessmentIdOf(assessmentId), gapIdOf(id), changes);
    return toTrackedGapObject(row, actor.userId);
  }

  @AssessmentPolicy('gaps.manage', 'assessmentId')
  @Mutation(() => InformationGapObject, { description: 'OPEN → ACKNOWLEDGED' })
  acknowledgeGap(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
  ): Promise<InformationGapObject> {
    return this.move(assessmentId, id, 'acknowledge', ctx);
  }

  @AssessmentPolicy('gaps.manage', 'assessmentId')
  @Mutation(() => InformationGapObject, { description: 'OPEN or ACKNOWLEDGED → RESOLVED' })
  resolveGap(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
  ): Promise<InformationGapObject> {
    return this.move(assessmentId, id, 'resolve', ctx);
  }

  @AssessmentPolicy('gaps.manage', 'assessmentId')
  @Mutation(() => InformationGapObject, { description: 'ACKNOWLEDGED or RESOLVED → OPEN' })
  reopenGap(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
  ): Promise<InformationGapObject> {
    return this.move(assessmentId, id, 'reopen', ctx);
  }

  @ResolveField(() => AssessmentMemberObject, {
    nullable: true,
    description: 'Who researches it, as this viewer may see them',
  })
  owner(
    @Parent() gap: InformationGapObject,
    @Context() ctx: GraphqlContext,
  ): Promise<AssessmentMemberObject | null> {
    return this.people.memberOf(ctx, requireActor(ctx), gap.assessmentId, gap.ownerId);
  }

  @ResolveField(() => AssessmentMemberObject, {
    nullable: true,
    description: 'Who raised it, as this viewer may see them',
  })
  createdBy(
    @Parent() gap: InformationGapObject,
    @Context() ctx: GraphqlContext,
  ): Promise<AssessmentMemberObject | null> {
    return this.people.memberOf(ctx, requireActor(ctx), gap.assessmentId, gap.creatorId);
  }

  private async move(
    assessmentId: string,
    id: string,
    transition: GapTransition,
    ctx: GraphqlContext,
  ): Promise<InformationGapObject> {
    const actor = requireActor(ctx);
    const row = await this.gaps.move(assessmentIdOf(assessmentId), gapIdOf(id), transition);
    return toTrackedGapObject(row, actor.userId);
  }
}

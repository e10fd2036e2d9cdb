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
import { z } from 'zod';
import { AssessmentPolicy } from '../../core/authz/policy.decorator.js';
import { parseId } from '../../core/errors/parse-id.js';
import { parseInput } from '../../core/errors/parse-input.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { AssessmentMemberObject } from '../members/member.object.js';
import { requireActor } from '../members/require-actor.js';
import {
  reasonSchema,
  SuggestChangeInput,
  suggestChangeSchema,
} from './dto/suggest-change.input.js';
import { SuggestionFilterInput, suggestionFilterSchema } from './dto/suggestion-filter.input.js';
import { MemberAttribution } from '../members/member-attribution.js';
import { SuggestionObject, toSuggestionObject } from './suggestion.object.js';
import { SuggestionsService } from './suggestions.service.js';

const assessmentIdOf = (raw: string) => parseId(raw, 'Assessment', 'assessmentId');
const suggestionIdOf = (raw: string) => parseId(raw, 'Suggestion', 'suggestionId');
const optionalReason = reasonSchema.nullish().transform((r) => r ?? null);

// Every member reads the suggestions; suggesting is checked against the element in the service
// (element.suggest), deciding is for moderators (suggestions.decide).
@Resolver(() => SuggestionObject)
export class SuggestionsResolver {
  constructor(
    private readonly service: SuggestionsService,
    private readonly attribution: MemberAttribution,
  ) {}

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => [SuggestionObject], { description: 'Suggestions of an assessment, newest first' })
  async suggestions(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('filter', { type: () => SuggestionFilterInput, nullable: true })
    filter: SuggestionFilterInput | null,
    @Context() ctx: GraphqlContext,
  ): Promise<SuggestionObject[]> {
    const actor = requireActor(ctx);
    const f = parseInput(suggestionFilterSchema, filter);
    const rows = await this.service.list(actor, assessmentIdOf(assessmentId), f);
    return rows.map((row) => toSuggestionObject(row, actor));
  }

  @AssessmentPolicy('assessment.read', 'input.assessmentId')
  @Mutation(() => SuggestionObject, {
    description: 'Suggests a change to a rating, finding or answer (for those who may suggest)',
  })
  async suggestChange(
    @Args('input') input: SuggestChangeInput,
    @Context() ctx: GraphqlContext,
  ): Promise<SuggestionObject> {
    const actor = requireActor(ctx);
    const v = parseInput(suggestChangeSchema, input);
    const row = await this.service.suggest(actor, assessmentIdOf(v.assessmentId), v);
    return toSuggestionObject(row, actor);
  }

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Mutation(() => SuggestionObject, { description: 'The author takes back a pending suggestion' })
  async withdrawSuggestion(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('suggestionId', { type: () => ID }) suggestionId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<SuggestionObject> {
    const actor = requireActor(ctx);
    const row = await this.service.withdraw(
      actor,
      assessmentIdOf(assessmentId),
      suggestionIdOf(suggestionId),
    );
    return toSuggestionObject(row, actor);
  }

  @AssessmentPolicy('suggestions.decide', 'assessmentId')
  @Mutation(() => SuggestionObject, {
    description:
      'Applies the proposal to the live document (connected editors receive it); appliedStale ' +
      'tells whether the field had changed since it was suggested',
  })
  async acceptSuggestion(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('suggestionId', { type: () => ID }) suggestionId: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @Context() ctx: GraphqlContext,
  ): Promise<SuggestionObject> {
    const actor = requireActor(ctx);
    const r = parseInput(z.object({ reason: optionalReason }), { reason }).reason;
    const row = await this.service.accept(
      actor,
      assessmentIdOf(assessmentId),
      suggestionIdOf(suggestionId),
      r,
    );
    return toSuggestionObject(row, actor);
  }

  @AssessmentPolicy('suggestions.decide', 'assessmentId')
  @Mutation(() => SuggestionObject, { description: 'Declines a suggestion, with a reason' })
  async rejectSuggestion(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('suggestionId', { type: () => ID }) suggestionId: string,
    @Args('reason') reason: string,
    @Context() ctx: GraphqlContext,
  ): Promise<SuggestionObject> {
    const actor = requireActor(ctx);
    const r = parseInput(z.object({ reason: reasonSchema }), { reason }).reason;
    const row = await this.service.reject(
      actor,
      assessmentIdOf(assessmentId),
      suggestionIdOf(suggestionId),
      r,
    );
    return toSuggestionObject(row, actor);
  }

  @ResolveField(() => AssessmentMemberObject, {
    nullable: true,
    description: 'Who suggested it, as this viewer may see them; null when no longer a member',
  })
  author(
    @Parent() s: SuggestionObject,
    @Context() ctx: GraphqlContext,
  ): Promise<AssessmentMemberObject | null> {
    return this.attribution.memberOf(ctx, requireActor(ctx), s.assessmentId, s.createdBy);
  }

  @ResolveField(() => AssessmentMemberObject, {
    nullable: true,
    description: 'Who accepted or rejected it (or its author, when withdrawn)',
  })
  decidedBy(
    @Parent() s: SuggestionObject,
    @Context() ctx: GraphqlContext,
  ): Promise<AssessmentMemberObject | null> {
    return this.attribution.memberOf(ctx, requireActor(ctx), s.assessmentId, s.decidedByUserId);
  }
}

import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { AssessmentPolicy } from '../../core/authz/policy.decorator.js';
import { parseId } from '../../core/errors/parse-id.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { AssessmentObject } from '../assessments/assessment.object.js';
import { requireActor } from '../members/require-actor.js';
import { ElementAssessmentObject } from './element-assessment.object.js';
import {
  AssessmentProgressObject,
  type ElementProgressObject,
  type ProgressCountsObject,
} from './progress.object.js';
import { ProgressService } from './progress.service.js';

function sumCounts(all: readonly ProgressCountsObject[]): ProgressCountsObject {
  const total = { ...(all[0] ?? zero()) };
  for (const counts of all.slice(1)) {
    for (const key of Object.keys(total) as (keyof ProgressCountsObject)[]) {
      total[key] += counts[key];
    }
  }
  return total;
}

function zero(): ProgressCountsObject {
  return {
    questionCount: 0,
    notStarted: 0,
    drafting: 0,
    readyForReview: 0,
    unrated: 0,
    meetsTarget: 0,
    partial: 0,
    notMet: 0,
    unknown: 0,
    notApplicable: 0,
    strengths: 0,
    weaknesses: 0,
    informationGaps: 0,
    risks: 0,
  };
}

@Resolver(() => AssessmentObject)
export class ProgressResolver {
  constructor(private readonly service: ProgressService) {}

  @ResolveField(() => AssessmentProgressObject, {
    description: 'Statuses, ratings and findings so far, per element and overall',
  })
  async progress(
    @Parent() a: AssessmentObject,
    @Context() ctx: GraphqlContext,
  ): Promise<AssessmentProgressObject> {
    const loader = ctx.loaders.get(
      this,
      () =>
        new DataLoader<string, ElementProgressObject[]>(async (ids) => {
          const byAssessment = await this.service.progressOf(ids);
          return ids.map((id) => byAssessment.get(id) ?? []);
        }),
    );
    const elements = await loader.load(a.id);
    return { elements, counts: sumCounts(elements.map((e) => e.counts)) };
  }

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => ElementAssessmentObject, {
    description: 'One element of an assessment: its live document and its progress',
  })
  elementAssessment(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('elementKey') elementKey: string,
    @Context() ctx: GraphqlContext,
  ): Promise<ElementAssessmentObject> {
    return this.service.elementAssessment(
      requireActor(ctx),
      parseId(assessmentId, 'Assessment', 'assessmentId'),
      elementKey,
    );
  }
}

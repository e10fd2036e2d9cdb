import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { AssessmentPolicy } from '../../core/authz/policy.decorator.js';
import { parseId } from '../../core/errors/parse-id.js';
import type { GraphqlContext } from '../../core/graphql/graphql-context.js';
import { requireActor } from '../members/require-actor.js';
import { AnalysisMatrixObject } from './matrix.object.js';
import { MatrixService } from './matrix.service.js';

@Resolver(() => AnalysisMatrixObject)
export class MatrixResolver {
  constructor(private readonly matrices: MatrixService) {}

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => AnalysisMatrixObject, {
    description: 'Findings per element and sub-element by kind, with ratings (every member)',
  })
  analysisMatrix(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<AnalysisMatrixObject> {
    return this.matrices.matrix(
      requireActor(ctx),
      parseId(assessmentId, 'Assessment', 'assessmentId'),
    );
  }
}

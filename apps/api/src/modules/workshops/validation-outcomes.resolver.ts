import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AssessmentPolicy } from '../../core/authz/policy.decorator.js';
import { parseId } from '../../core/errors/parse-id.js';
import { ValidationOutcomeObject } from './validation-outcome.object.js';
import { ValidationOutcomes } from './validation-outcomes.js';

@Resolver(() => ValidationOutcomeObject)
export class ValidationOutcomesResolver {
  constructor(private readonly outcomes: ValidationOutcomes) {}

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Query(() => [ValidationOutcomeObject], {
    description: 'What workshops decided, latest per finding and question rating (every member)',
  })
  validationOutcomes(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('elementKey', { type: () => String, nullable: true }) elementKey?: string | null,
  ): Promise<ValidationOutcomeObject[]> {
    return this.outcomes.of(parseId(assessmentId, 'Assessment', 'assessmentId'), elementKey);
  }
}

import type { AssessmentPhase } from '../../gql/graphql';

// The framework's method, in order; the API decides which moves are allowed, this only tells a
// step forward from a step back so that the two look different.
export const phaseOrder: readonly AssessmentPhase[] = ['PREPARE', 'ANALYSE', 'ENGAGE', 'COMPLETED'];

export function isStepBack(from: AssessmentPhase, to: AssessmentPhase): boolean {
  return phaseOrder.indexOf(to) < phaseOrder.indexOf(from);
}

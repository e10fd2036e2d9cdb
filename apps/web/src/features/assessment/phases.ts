import type { AssessmentPhase } from '../../gql/graphql';

// The framework's method, in order; the API decides which moves are allowed, this only tells a
// step forward from a step back so that the two look different.
export const phaseOrder: readonly AssessmentPhase[] = ['PREPARE', 'ANALYSE', 'ENGAGE', 'COMPLETED'];

export function isStepBack(from: AssessmentPhase, to: AssessmentPhase): boolean {
  return phaseOrder.indexOf(to) < phaseOrder.indexOf(from);
}

// A check of the phase gate is `<domain>.<name>`; each domain translates its own checks as
// `<domain>.phaseCheck.<name>` (count and total interpolated). Unknown shapes show the key itself.
export function phaseCheckTranslationKey(key: string): string | null {
  const dot = key.indexOf('.');
  if (dot <= 0 || dot === key.length - 1) {
    return null;
  }
  return `${key.slice(0, dot)}.phaseCheck.${key.slice(dot + 1)}`;
}

// Whether a move needs the moderator's reason: forwards with some check unmet.
export function needsOverride(checklist: {
  gated: boolean;
  checks: readonly { met: boolean }[];
}): boolean {
  return checklist.gated && checklist.checks.some((c) => !c.met);
}

// The one forward move offered from a phase, whose checklist the overview shows.
export function nextForward(
  from: AssessmentPhase,
  allowed: readonly AssessmentPhase[],
): AssessmentPhase | null {
  return allowed.find((to) => !isStepBack(from, to)) ?? null;
}

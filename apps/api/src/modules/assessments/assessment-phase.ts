export enum AssessmentPhase {
  PREPARE = 'PREPARE',
  ANALYSE = 'ANALYSE',
  ENGAGE = 'ENGAGE',
  COMPLETED = 'COMPLETED',
}

// The framework's method runs Prepare → Analyse → Engage. A team may step back one phase to
// fill a gap found later; a completed assessment is final.
const transitions: Record<AssessmentPhase, readonly AssessmentPhase[]> = {
  [AssessmentPhase.PREPARE]: [AssessmentPhase.ANALYSE],
  [AssessmentPhase.ANALYSE]: [AssessmentPhase.ENGAGE, AssessmentPhase.PREPARE],
  [AssessmentPhase.ENGAGE]: [AssessmentPhase.COMPLETED, AssessmentPhase.ANALYSE],
  [AssessmentPhase.COMPLETED]: [],
};

export function allowedNextPhases(from: AssessmentPhase): readonly AssessmentPhase[] {
  return transitions[from];
}

export function canTransition(from: AssessmentPhase, to: AssessmentPhase): boolean {
  return transitions[from].includes(to);
}

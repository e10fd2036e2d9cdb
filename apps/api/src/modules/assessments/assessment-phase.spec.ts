import { describe, expect, it } from 'vitest';
import { AssessmentPhase, allowedNextPhases, canTransition } from './assessment-phase.js';

const { PREPARE, ANALYSE, ENGAGE, COMPLETED } = AssessmentPhase;

describe('assessment phase transitions', () => {
  it('allows exactly the forward step and one step back', () => {
    const allowed = Object.values(AssessmentPhase).flatMap((from) =>
      allowedNextPhases(from).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'PREPARE→ANALYSE',
        'ANALYSE→ENGAGE',
        'ANALYSE→PREPARE',
        'ENGAGE→COMPLETED',
        'ENGAGE→ANALYSE',
      ].sort(),
    );
  });

  it('never skips a phase, never stays, and never leaves COMPLETED', () => {
    expect(canTransition(PREPARE, ENGAGE)).toBe(false);
    expect(canTransition(PREPARE, COMPLETED)).toBe(false);
    expect(canTransition(ANALYSE, ANALYSE)).toBe(false);
    for (const to of Object.values(AssessmentPhase)) {
      expect(canTransition(COMPLETED, to)).toBe(false);
    }
  });
});

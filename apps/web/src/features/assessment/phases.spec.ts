import { describe, expect, it } from 'vitest';
import { needsOverride, nextForward, phaseCheckTranslationKey } from './phases';

describe('phase gate helpers', () => {
  it('translates a check in its own domain', () => {
    expect(phaseCheckTranslationKey('recommendations.atLeastOne')).toBe(
      'recommendations.phaseCheck.atLeastOne',
    );
    expect(phaseCheckTranslationKey('analysis.gaps.closed')).toBe(
      'analysis.phaseCheck.gaps.closed',
    );
    expect(phaseCheckTranslationKey('nodot')).toBeNull();
    expect(phaseCheckTranslationKey('.x')).toBeNull();
  });

  it('asks for a reason only when moving forwards past unmet checks', () => {
    expect(needsOverride({ gated: true, checks: [{ met: true }, { met: false }] })).toBe(true);
    expect(needsOverride({ gated: true, checks: [{ met: true }] })).toBe(false);
    expect(needsOverride({ gated: false, checks: [] })).toBe(false);
  });

  it('finds the forward move among the allowed ones', () => {
    expect(nextForward('ANALYSE', ['ENGAGE', 'PREPARE'])).toBe('ENGAGE');
    expect(nextForward('COMPLETED', [])).toBeNull();
  });
});

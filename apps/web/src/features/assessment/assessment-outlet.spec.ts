import { describe, expect, it } from 'vitest';
import { assessmentAbilities } from './assessment-outlet';

const moderator = [
  'assessment.read',
  'assessment.update',
  'assessment.archive',
  'assessment.changePhase',
  'assessment.customise',
];

describe('assessmentAbilities', () => {
  it('lets a moderator do everything in the Prepare phase', () => {
    expect(
      assessmentAbilities({ permissions: moderator, archived: false, phase: 'PREPARE' }),
    ).toEqual({ edit: true, changePhase: true, archive: true, restore: false, customise: true });
  });

  it('locks customisation once analysis starts', () => {
    expect(
      assessmentAbilities({ permissions: moderator, archived: false, phase: 'ANALYSE' }).customise,
    ).toBe(false);
  });

  it('only offers restoring an archived assessment', () => {
    expect(
      assessmentAbilities({ permissions: moderator, archived: true, phase: 'PREPARE' }),
    ).toEqual({
      edit: false,
      changePhase: false,
      archive: false,
      restore: true,
      customise: false,
    });
  });

  it('offers nothing to a reader', () => {
    const abilities = assessmentAbilities({
      permissions: ['assessment.read'],
      archived: false,
      phase: 'PREPARE',
    });
    expect(Object.values(abilities).some(Boolean)).toBe(false);
  });
});

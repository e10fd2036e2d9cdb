import { describe, expect, it } from 'vitest';
import { mayGrantRole } from './policy.js';
import type { AssessmentRole } from './policy.types.js';

const roles: AssessmentRole[] = ['MODERATOR', 'CONTRIBUTOR', 'REVIEWER', 'OBSERVER'];

describe('mayGrantRole()', () => {
  it('lets platform administrators grant every role', () => {
    expect(roles.filter((r) => mayGrantRole({ isPlatformAdmin: true }, r))).toEqual(roles);
  });

  it('keeps the moderator role for platform administrators', () => {
    expect(roles.filter((r) => mayGrantRole({ isPlatformAdmin: false }, r))).toEqual([
      'CONTRIBUTOR',
      'REVIEWER',
      'OBSERVER',
    ]);
    expect(mayGrantRole(null, 'MODERATOR')).toBe(false);
  });
});

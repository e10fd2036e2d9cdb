import { describe, expect, it } from 'vitest';
import { can } from './policy.js';
import type { Action, Actor, AssessmentRole } from './policy.types.js';

const A = 'assessment-a';

function buildActor(overrides: Partial<Actor> = {}): Actor {
  return { userId: 'user-1', isPlatformAdmin: false, memberships: {}, ...overrides };
}

const member = (role: AssessmentRole): Actor =>
  buildActor({ memberships: { [A]: { role, organisationId: null } } });

const roles: readonly AssessmentRole[] = ['MODERATOR', 'CONTRIBUTOR', 'REVIEWER', 'OBSERVER'];

// Who may take each step of the method (analyse, suggest, workshop, recommend) on an assessment.
const expected: Record<string, readonly AssessmentRole[]> = {
  'gaps.manage': ['MODERATOR', 'CONTRIBUTOR'],
  'ratings.submit': ['MODERATOR', 'CONTRIBUTOR', 'REVIEWER'],
  'ratings.consolidate': ['MODERATOR'],
  'suggestions.decide': ['MODERATOR'],
  'comments.moderate': ['MODERATOR'],
  'workshops.manage': ['MODERATOR'],
  'workshops.vote': ['MODERATOR', 'CONTRIBUTOR', 'REVIEWER', 'OBSERVER'],
  'recommendations.manage': ['MODERATOR', 'CONTRIBUTOR'],
};

describe('method actions', () => {
  for (const [action, allowed] of Object.entries(expected)) {
    it(`${action}: ${allowed.join(', ')}; platform admins; no one else`, () => {
      const resource = { kind: 'assessment', assessmentId: A } as const;
      for (const role of roles) {
        expect(can(member(role), action as Action, resource), role).toBe(allowed.includes(role));
      }
      expect(can(buildActor({ isPlatformAdmin: true }), action as Action, resource)).toBe(true);
      expect(can(buildActor(), action as Action, resource)).toBe(false);
      expect(
        can(member('MODERATOR'), action as Action, { kind: 'assessment', assessmentId: 'b' }),
      ).toBe(false);
    });
  }
});

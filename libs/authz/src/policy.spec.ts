import { describe, expect, it } from 'vitest';
import { allActions, can } from './policy.js';
import type { Actor, AssessmentRole, ElementAssignment, Resource } from './policy.types.js';

const A = 'assessment-a';
const B = 'assessment-b';
const ministry = 'org-ministry';
const cso = 'org-cso';

function buildActor(overrides: Partial<Actor> = {}): Actor {
  return { userId: 'user-1', isPlatformAdmin: false, memberships: {}, ...overrides };
}

const member = (role: AssessmentRole, organisationId: string | null = null): Actor =>
  buildActor({ memberships: { [A]: { role, organisationId } } });

const element = (assignment: Partial<ElementAssignment> = {}): Resource => ({
  kind: 'element',
  assessmentId: A,
  elementKey: 'user-value',
  assignment: {
    leadOrganisationId: ministry,
    contributingOrganisationIds: [],
    assignedUserIds: [],
    ...assignment,
  },
});

describe('can()', () => {
  it('refuses everything to an anonymous caller', () => {
    for (const action of allActions) {
      for (const resource of [
        { kind: 'platform' },
        { kind: 'assessment', assessmentId: A },
        element(),
      ] as Resource[]) {
        expect(can(null, action, resource)).toBe(false);
      }
    }
  });

  it('lets only platform admins create assessments', () => {
    expect(
      can(buildActor({ isPlatformAdmin: true }), 'assessment.create', { kind: 'platform' }),
    ).toBe(true);
    expect(can(member('MODERATOR'), 'assessment.create', { kind: 'platform' })).toBe(false);
  });

  it('gives each role exactly its assessment-level rights', () => {
    const on = { kind: 'assessment', assessmentId: A } as const;
    const rights = (actor: Actor) =>
      (
        [
          'assessment.read',
          'assessment.update',
          'assessment.changePhase',
          'members.manage',
          'audit.read',
        ] as const
      ).filter((a) => can(actor, a, on));
    expect(rights(member('MODERATOR'))).toEqual([
      'assessment.read',
      'assessment.update',
      'assessment.changePhase',
      'members.manage',
      'audit.read',
    ]);
    for (const role of ['CONTRIBUTOR', 'REVIEWER', 'OBSERVER'] as const) {
      expect(rights(member(role))).toEqual(['assessment.read']);
    }
    expect(
      rights(buildActor({ memberships: { [B]: { role: 'MODERATOR', organisationId: null } } })),
    ).toEqual([]);
  });

  it('lets a contributor edit an element assigned to them or their organisation, and nothing else', () => {
    expect(can(member('CONTRIBUTOR', ministry), 'element.edit', element())).toBe(true);
    expect(can(member('CONTRIBUTOR', cso), 'element.edit', element())).toBe(false);
    expect(
      can(
        member('CONTRIBUTOR', cso),
        'element.edit',
        element({ contributingOrganisationIds: [cso] }),
      ),
    ).toBe(true);
    expect(
      can(member('CONTRIBUTOR', null), 'element.edit', element({ assignedUserIds: ['user-1'] })),
    ).toBe(true);
    expect(can(member('CONTRIBUTOR', null), 'element.edit', element())).toBe(false);
    expect(can(member('REVIEWER', ministry), 'element.edit', element())).toBe(false);
    expect(can(member('OBSERVER', ministry), 'element.edit', element())).toBe(false);
    expect(can(member('MODERATOR', null), 'element.edit', element())).toBe(true);
  });

  it('lets reviewers comment and suggest but not observers', () => {
    expect(can(member('REVIEWER'), 'element.suggest', element())).toBe(true);
    expect(can(member('REVIEWER'), 'element.comment', element())).toBe(true);
    expect(can(member('OBSERVER'), 'element.comment', element())).toBe(false);
    expect(can(member('OBSERVER'), 'element.read', element())).toBe(true);
  });

  it('shows identities to the person, admins and moderators of a shared assessment only', () => {
    const person = (userId: string): Resource => ({
      kind: 'person',
      userId,
      sharedAssessmentIds: [A],
    });
    expect(can(member('CONTRIBUTOR'), 'person.readEmail', person('user-1'))).toBe(true);
    expect(can(member('CONTRIBUTOR'), 'person.readEmail', person('user-2'))).toBe(false);
    expect(can(member('MODERATOR'), 'person.readIdentity', person('user-2'))).toBe(true);
    expect(
      can(
        buildActor({ memberships: { [B]: { role: 'MODERATOR', organisationId: null } } }),
        'person.readEmail',
        person('user-2'),
      ),
    ).toBe(false);
  });

  it('refuses an action asked about the wrong kind of resource', () => {
    const admin = buildActor({ isPlatformAdmin: true });
    expect(can(admin, 'assessment.create', { kind: 'assessment', assessmentId: A })).toBe(false);
    expect(can(admin, 'element.edit', { kind: 'platform' })).toBe(false);
  });
});

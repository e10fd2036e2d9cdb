import { describe, expect, it } from 'vitest';
import { can } from './policy.js';
import type { Actor, AssessmentRole, Confidentiality, Resource } from './policy.types.js';

const A = 'assessment-a';
const roles: AssessmentRole[] = ['MODERATOR', 'CONTRIBUTOR', 'REVIEWER', 'OBSERVER'];
const levels: Confidentiality[] = ['PUBLIC', 'TEAM', 'MODERATORS'];

const member = (role: AssessmentRole, userId = 'user-1'): Actor => ({
  userId,
  isPlatformAdmin: false,
  memberships: { [A]: { role, organisationId: null } },
});

const evidence = (confidentiality: Confidentiality, createdBy = 'someone-else'): Resource => ({
  kind: 'evidence',
  assessmentId: A,
  confidentiality,
  createdBy,
});

const readable = (actor: Actor, createdBy?: string) =>
  levels.filter((level) => can(actor, 'evidence.read', evidence(level, createdBy)));

describe('evidence policy', () => {
  it('shows each level to the roles it names', () => {
    expect(roles.map((role) => [role, readable(member(role))])).toEqual([
      ['MODERATOR', ['PUBLIC', 'TEAM', 'MODERATORS']],
      ['CONTRIBUTOR', ['PUBLIC', 'TEAM']],
      ['REVIEWER', ['PUBLIC', 'TEAM']],
      ['OBSERVER', ['PUBLIC']],
    ]);
    const admin: Actor = { userId: 'admin', isPlatformAdmin: true, memberships: {} };
    expect(readable(admin)).toEqual(levels);
  });

  it('always shows an item to its creator while they are a member, and to no outsider', () => {
    expect(readable(member('OBSERVER'), 'user-1')).toEqual(levels);
    const outsider: Actor = {
      userId: 'user-1',
      isPlatformAdmin: false,
      memberships: { other: { role: 'MODERATOR', organisationId: null } },
    };
    expect(readable(outsider, 'user-1')).toEqual([]);
  });

  it('lets moderators change any item and contributors only their own', () => {
    const update = (actor: Actor, createdBy: string) =>
      can(actor, 'evidence.update', evidence('PUBLIC', createdBy));
    expect(update(member('MODERATOR'), 'someone-else')).toBe(true);
    expect(update(member('CONTRIBUTOR'), 'user-1')).toBe(true);
    expect(update(member('CONTRIBUTOR'), 'someone-else')).toBe(false);
    // A creator who is now a reviewer or observer keeps reading the item, no longer changes it.
    expect(update(member('REVIEWER'), 'user-1')).toBe(false);
    expect(update(member('OBSERVER'), 'user-1')).toBe(false);
  });

  it('lets moderators and contributors add evidence', () => {
    const on = { kind: 'assessment', assessmentId: A } as const;
    expect(roles.filter((role) => can(member(role), 'evidence.create', on))).toEqual([
      'MODERATOR',
      'CONTRIBUTOR',
    ]);
  });

  it('refuses evidence actions on another kind of resource', () => {
    const admin: Actor = { userId: 'admin', isPlatformAdmin: true, memberships: {} };
    expect(can(admin, 'evidence.read', { kind: 'assessment', assessmentId: A })).toBe(false);
    expect(can(admin, 'assessment.read', evidence('PUBLIC'))).toBe(false);
  });
});

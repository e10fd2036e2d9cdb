import { describe, expect, it } from 'vitest';
import {
  grantableRoles,
  mayChooseAttribution,
  mayRevokeInvitation,
  memberControls,
} from './member-abilities';

const manage = ['assessment.read', 'members.manage'];
const moderator = { isPlatformAdmin: false };
const admin = { isPlatformAdmin: true };
const contributor = { role: 'CONTRIBUTOR' as const, userId: 'u2', isYou: false };

describe('grantableRoles', () => {
  it('keeps the moderator role for platform administrators', () => {
    expect(grantableRoles(admin)).toEqual(['MODERATOR', 'CONTRIBUTOR', 'REVIEWER', 'OBSERVER']);
    expect(grantableRoles(moderator)).toEqual(['CONTRIBUTOR', 'REVIEWER', 'OBSERVER']);
  });
});

describe('memberControls', () => {
  it('lets a moderator change and remove a contributor, never into a moderator', () => {
    expect(memberControls(manage, moderator, contributor)).toEqual({
      roles: ['CONTRIBUTOR', 'REVIEWER', 'OBSERVER'],
      remove: true,
    });
  });

  it('leaves other moderators to platform administrators', () => {
    const other = { ...contributor, role: 'MODERATOR' as const };
    expect(memberControls(manage, moderator, other)).toEqual({ roles: [], remove: false });
    expect(memberControls(manage, admin, other).remove).toBe(true);
  });

  it('offers nothing without members.manage, for oneself, or without a user id', () => {
    const none = { roles: [], remove: false };
    expect(memberControls(['assessment.read'], moderator, contributor)).toEqual(none);
    expect(memberControls(manage, moderator, { ...contributor, isYou: true })).toEqual(none);
    expect(memberControls(manage, moderator, { ...contributor, userId: null })).toEqual(none);
  });
});

describe('mayChooseAttribution', () => {
  const organisation = (type: 'CIVIL_SOCIETY' | 'GOVERNMENT') => ({
    __typename: 'Organisation' as const,
    id: 'o1',
    name: 'Org',
    type,
  });

  it('is for civil-society members choosing for themselves', () => {
    expect(mayChooseAttribution({ isYou: true, organisation: organisation('CIVIL_SOCIETY') })).toBe(
      true,
    );
    expect(mayChooseAttribution({ isYou: true, organisation: organisation('GOVERNMENT') })).toBe(
      false,
    );
    expect(
      mayChooseAttribution({ isYou: false, organisation: organisation('CIVIL_SOCIETY') }),
    ).toBe(false);
    expect(mayChooseAttribution({ isYou: true, organisation: null })).toBe(false);
  });
});

describe('mayRevokeInvitation', () => {
  it('withdraws open invitations for roles the viewer may grant', () => {
    expect(mayRevokeInvitation(moderator, { role: 'REVIEWER', status: 'PENDING' })).toBe(true);
    expect(mayRevokeInvitation(moderator, { role: 'MODERATOR', status: 'PENDING' })).toBe(false);
    expect(mayRevokeInvitation(admin, { role: 'MODERATOR', status: 'PENDING' })).toBe(true);
    expect(mayRevokeInvitation(admin, { role: 'REVIEWER', status: 'ACCEPTED' })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { checkInviteForm, toInviteMemberInput } from './invite-form';

const values = { email: ' amina@example.org ', role: 'CONTRIBUTOR' as const, organisationId: null };

describe('checkInviteForm', () => {
  it('needs something that looks like an email address', () => {
    expect(checkInviteForm(values)).toEqual({});
    expect(checkInviteForm({ ...values, email: '  ' })).toEqual({ email: 'emailRequired' });
    expect(checkInviteForm({ ...values, email: 'amina' })).toEqual({ email: 'emailInvalid' });
    expect(checkInviteForm({ ...values, email: 'a b@example.org' })).toEqual({
      email: 'emailInvalid',
    });
  });
});

describe('toInviteMemberInput', () => {
  it('trims the address and keeps the role and organisation', () => {
    expect(toInviteMemberInput('a1', { ...values, organisationId: 'o1' })).toEqual({
      assessmentId: 'a1',
      email: 'amina@example.org',
      role: 'CONTRIBUTOR',
      organisationId: 'o1',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { readInvitationToken } from './invitation-token';

describe('readInvitationToken', () => {
  it('reads the token from the fragment', () => {
    expect(readInvitationToken('#token=abc-DEF_123')).toBe('abc-DEF_123');
    expect(readInvitationToken('token=abc')).toBe('abc');
    expect(readInvitationToken('#lang=fr&token=xyz')).toBe('xyz');
  });

  it('has nothing without a usable token', () => {
    expect(readInvitationToken('')).toBeNull();
    expect(readInvitationToken('#')).toBeNull();
    expect(readInvitationToken('#token=')).toBeNull();
    expect(readInvitationToken(`#token=${'a'.repeat(513)}`)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { AppErrorInfo } from '../../shared/errors/app-errors';
import { checkAcceptForm, classifyAcceptErrors } from './accept-form';

const good = { displayName: 'Amina', password: 'long enough pass', confirm: 'long enough pass' };

describe('checkAcceptForm for a new account', () => {
  it('accepts a name and a confirmed password of 12 characters or more', () => {
    expect(checkAcceptForm(good, false)).toEqual({});
    expect(
      checkAcceptForm({ ...good, password: '123456789012', confirm: '123456789012' }, false),
    ).toEqual({});
  });

  it('asks for a name', () => {
    expect(checkAcceptForm({ ...good, displayName: '  ' }, false)).toEqual({
      displayName: 'displayNameRequired',
    });
  });

  it('refuses a short password before comparing the confirmation', () => {
    expect(checkAcceptForm({ ...good, password: '12345678901', confirm: 'x' }, false)).toEqual({
      password: 'passwordTooShort',
    });
  });

  it('refuses an overlong password', () => {
    const long = 'x'.repeat(257);
    expect(checkAcceptForm({ ...good, password: long, confirm: long }, false)).toEqual({
      password: 'passwordTooLong',
    });
  });

  it('asks for the same password twice', () => {
    expect(checkAcceptForm({ ...good, confirm: 'long enough pas' }, false)).toEqual({
      confirm: 'passwordMismatch',
    });
  });
});

describe('checkAcceptForm for an existing account', () => {
  it('needs only the password, whatever its length', () => {
    expect(checkAcceptForm({ displayName: '', password: 'short', confirm: '' }, true)).toEqual({});
    expect(checkAcceptForm({ displayName: '', password: '', confirm: '' }, true)).toEqual({
      password: 'passwordRequired',
    });
  });
});

describe('classifyAcceptErrors', () => {
  const error = (code: AppErrorInfo['code'], field: string | null = null): AppErrorInfo => ({
    code,
    field,
    message: 'x',
  });

  it('reads any refusal about the token as an unusable link', () => {
    expect(classifyAcceptErrors([error('NOT_FOUND', 'token')]).outcome).toBe('invalid');
    expect(classifyAcceptErrors([error('BAD_USER_INPUT', 'token')]).outcome).toBe('invalid');
  });

  it('tells an existing membership apart', () => {
    expect(classifyAcceptErrors([error('CONFLICT', 'token')]).outcome).toBe('alreadyMember');
  });

  it('puts a wrong password beside the password field', () => {
    expect(classifyAcceptErrors([error('UNAUTHENTICATED')])).toEqual({
      outcome: null,
      wrongPassword: true,
      rest: [],
    });
  });

  it('passes anything else on', () => {
    const rateLimited = error('RATE_LIMITED');
    expect(classifyAcceptErrors([rateLimited]).rest).toEqual([rateLimited]);
  });
});

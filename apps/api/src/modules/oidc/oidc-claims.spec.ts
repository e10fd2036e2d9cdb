import { describe, expect, it } from 'vitest';
import { needsUserInfo, readClaims } from './oidc-claims.js';

const iss = 'https://id.gov.example';

describe('readClaims', () => {
  it('reads the identity, the address, whether it is verified, and the name', () => {
    expect(
      readClaims({
        iss,
        sub: 'abc',
        email: ' A@Gov.example ',
        email_verified: true,
        name: ' Ana ',
      }),
    ).toEqual({
      issuer: iss,
      subject: 'abc',
      email: 'A@Gov.example',
      emailVerified: true,
      name: 'Ana',
    });
  });

  it('counts only true (or the string "true") as verified', () => {
    for (const [value, verified] of [
      [true, true],
      ['true', true],
      [false, false],
      ['yes', false],
      [undefined, false],
    ] as const) {
      expect(readClaims({ iss, sub: 's', email_verified: value }).emailVerified).toBe(verified);
    }
  });

  it('drops an address that is not one, and an empty name', () => {
    expect(readClaims({ iss, sub: 's', email: 'not an address', name: '  ' })).toMatchObject({
      email: null,
      name: null,
    });
  });

  it.each([{ sub: 's' }, { iss, sub: '' }, { iss, sub: 42 }, { iss, sub: 'x'.repeat(256) }])(
    'refuses claims without a usable issuer and subject: %j',
    (raw) => {
      expect(() => readClaims(raw)).toThrow(/usable/);
    },
  );
});

describe('needsUserInfo', () => {
  it('asks UserInfo when the ID token leaves out a claim the sign-in reads', () => {
    expect(needsUserInfo({ sub: 's', email: 'a@b.example', email_verified: true })).toBe(true);
    expect(
      needsUserInfo({ sub: 's', email: 'a@b.example', email_verified: false, name: 'A' }),
    ).toBe(false);
  });
});

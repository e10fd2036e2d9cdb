import { z } from 'zod';
import { SsoFailure } from './sso-failure.js';

// What this platform takes from the identity provider about a person.
export interface OidcClaims {
  // The ID token's `iss` and `sub`: together, the person's stable identifier.
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

const emailSchema = z.email().max(320);

export function readClaims(raw: Record<string, unknown>): OidcClaims {
  const issuer = raw['iss'];
  const subject = raw['sub'];
  if (typeof issuer !== 'string' || issuer.length === 0 || issuer.length > 512) {
    throw new SsoFailure('the ID token has no usable issuer (iss)');
  }
  if (typeof subject !== 'string' || subject.length === 0 || subject.length > 255) {
    throw new SsoFailure('the ID token has no usable subject (sub)');
  }
  const email = typeof raw['email'] === 'string' ? raw['email'].trim() : '';
  const name = typeof raw['name'] === 'string' ? raw['name'].trim() : '';
  return {
    issuer,
    subject,
    email: emailSchema.safeParse(email).success ? email : null,
    // Some providers send the string "true"; anything absent or else counts as unverified.
    emailVerified: raw['email_verified'] === true || raw['email_verified'] === 'true',
    name: name ? name.slice(0, 120) : null,
  };
}

// The claims a sign-in needs; when the ID token leaves any of them to the UserInfo endpoint
// (as providers that keep ID tokens small do), that endpoint is asked as well.
export function needsUserInfo(raw: Record<string, unknown>): boolean {
  return ['email', 'email_verified', 'name'].some((claim) => raw[claim] === undefined);
}

import { createHash, randomBytes } from 'node:crypto';

export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export function newInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// The token travels in the fragment, which browsers never send to a server: it cannot end up in
// access logs, proxies or Referer headers. The web app reads it from location.hash.
export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl}/invitations/accept#token=${token}`;
}

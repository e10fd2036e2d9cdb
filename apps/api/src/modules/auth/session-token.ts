import { createHash, randomBytes } from 'node:crypto';

export const sessionCookieName = 'idgov_session';
export const sessionLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// A bearer header wins over the cookie, so that API clients are never confused by a browser's.
export function tokenFromRequest(headers: {
  authorization?: string;
  cookie?: Record<string, string | undefined>;
}): string | undefined {
  const bearer = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(headers.authorization ?? '');
  if (bearer) {
    return bearer[1];
  }
  const cookie = headers.cookie?.[sessionCookieName];
  return cookie && /^[A-Za-z0-9_-]{20,200}$/.test(cookie) ? cookie : undefined;
}

interface CookieResponse {
  cookie(name: string, value: string, options: Record<string, unknown>): unknown;
}

// The web app's session: unreadable by scripts, not sent on cross-site subrequests.
export function setSessionCookie(
  req: { secure: boolean },
  res: CookieResponse,
  session: { token: string; expiresAt: Date },
): void {
  res.cookie(sessionCookieName, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
    expires: session.expiresAt,
  });
}

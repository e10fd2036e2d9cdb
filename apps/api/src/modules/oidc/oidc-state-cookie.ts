import type { Request, Response } from 'express';

// Binds a sign-in to the browser that started it: the callback is accepted only with the
// `state` this cookie holds, so a callback link made by someone else (login CSRF) is refused.
const name = 'idgov_oidc_state';
// Sent to the callback only; SameSite=Lax still sends it on the provider's top-level redirect.
const path = '/api/auth/oidc';
export const loginAttemptLifetimeMs = 10 * 60 * 1000;

export function setStateCookie(req: Request, res: Response, state: string): void {
  res.cookie(name, state, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path,
    maxAge: loginAttemptLifetimeMs,
  });
}

export function clearStateCookie(req: Request, res: Response): void {
  res.clearCookie(name, { httpOnly: true, sameSite: 'lax', secure: req.secure, path });
}

export function stateCookieOf(req: Request): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && /^[A-Za-z0-9_-]{20,200}$/.test(value) ? value : undefined;
}

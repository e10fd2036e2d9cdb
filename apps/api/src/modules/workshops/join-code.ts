import { createHash, randomBytes } from 'node:crypto';

// 32 letters and digits that cannot be read as one another (no 0/O, 1/I): 32^6 ≈ 1.07 billion
// codes, drawn without bias (a byte masked to 5 bits), so with the per-address limit on unknown
// codes guessing an open workshop's code is hopeless.
export const joinCodeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const joinCodeLength = 6;

export function newJoinCode(): string {
  const bytes = randomBytes(joinCodeLength);
  let code = '';
  for (const byte of bytes) {
    code += joinCodeAlphabet[byte & 31];
  }
  return code;
}

// What people type: any case, spaces or dashes between groups; null when it cannot be a code.
export function normaliseJoinCode(raw: string): string | null {
  const code = raw.replace(/[\s-]/g, '').toUpperCase();
  return code.length === joinCodeLength && [...code].every((c) => joinCodeAlphabet.includes(c))
    ? code
    : null;
}

// A guest's key to one workshop; only its hash is stored.
export function newGuestToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashGuestToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isGuestTokenShaped(token: string): boolean {
  return /^[A-Za-z0-9_-]{40,60}$/.test(token);
}

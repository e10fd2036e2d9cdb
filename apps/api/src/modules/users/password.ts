import argon2 from 'argon2';
import { badInput } from '../../core/errors/app-error.js';

export const minPasswordLength = 12;
const maxPasswordLength = 256;

// OWASP's recommended argon2id parameters (19 MiB, 2 passes) keep a login near 50 ms here.
const options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function checkPasswordStrength(password: string, field = 'password'): void {
  if (password.length < minPasswordLength) {
    throw badInput(field, `A password has at least ${minPasswordLength} characters`);
  }
  if (password.length > maxPasswordLength) {
    throw badInput(field, `A password has at most ${maxPasswordLength} characters`);
  }
}

export function hashPassword(password: string): Promise<string> {
  checkPasswordStrength(password);
  return argon2.hash(password, options);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Verifying against a real hash when the account does not exist makes "no such account" take
// as long as "wrong password", so the answer time does not reveal who has an account.
let dummyHash: Promise<string> | undefined;
export async function spendVerifyTime(password: string): Promise<void> {
  dummyHash ??= argon2.hash('not-a-real-password-000', options);
  await verifyPassword(await dummyHash, password);
}

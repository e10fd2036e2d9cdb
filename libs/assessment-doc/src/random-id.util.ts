import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';

// A version 4 uuid from crypto.getRandomValues, which (unlike crypto.randomUUID) browsers also
// offer outside secure contexts, so the web app can create findings on a plain-http dev server.
export function randomUuid(): string {
  const bytes = randomBytes(16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytesToHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

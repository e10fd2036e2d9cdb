import { createHash } from 'node:crypto';

// Per client address, in memory (each instance limits on its own, like sign-in). Two budgets:
// unknown codes (guessing) are few; lookups and joins in all are many, because a whole venue may
// share one address behind its Wi-Fi.
export class JoinRateLimiter {
  private readonly misses = new Map<string, number[]>();
  private readonly requests = new Map<string, number[]>();

  constructor(
    private readonly windowMs = 10 * 60_000,
    private readonly maxMisses = 20,
    private readonly maxRequests = 2_000,
  ) {}

  // Counts the request; false when this address must wait.
  allow(address: string, now = Date.now()): boolean {
    const key = keyOf(address);
    if (this.recent(this.misses, key, now).length >= this.maxMisses) {
      return false;
    }
    const requests = this.recent(this.requests, key, now);
    if (requests.length >= this.maxRequests) {
      return false;
    }
    requests.push(now);
    this.requests.set(key, requests);
    return true;
  }

  recordMiss(address: string, now = Date.now()): void {
    const key = keyOf(address);
    const misses = this.recent(this.misses, key, now);
    misses.push(now);
    this.misses.set(key, misses);
  }

  private recent(map: Map<string, number[]>, key: string, now: number): number[] {
    const kept = (map.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (kept.length === 0) {
      map.delete(key);
    }
    return kept;
  }
}

// Hashed, so the limiter holds no addresses in the clear.
function keyOf(address: string): string {
  return createHash('sha256').update(address).digest('base64url');
}

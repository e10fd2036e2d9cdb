import { createHash } from 'node:crypto';

interface Window {
  failures: number[];
}

// Failed sign-ins counted per account and per client address in a sliding window. Kept in memory:
// each API instance limits on its own (a shared store comes with scale-out).
export class LoginRateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly windowMs = 15 * 60 * 1000,
    private readonly perAccount = 10,
    private readonly perAddress = 50,
  ) {}

  // Seconds to wait before trying again, or 0 when allowed.
  retryAfter(email: string, address: string, now = Date.now()): number {
    const waits = [
      this.wait(this.key('e', email), this.perAccount, now),
      this.wait(this.key('a', address), this.perAddress, now),
    ];
    return Math.max(...waits);
  }

  recordFailure(email: string, address: string, now = Date.now()): void {
    for (const key of [this.key('e', email), this.key('a', address)]) {
      const w = this.windows.get(key) ?? { failures: [] };
      w.failures.push(now);
      this.windows.set(key, w);
    }
  }

  recordSuccess(email: string): void {
    this.windows.delete(this.key('e', email));
  }

  private wait(key: string, limit: number, now: number): number {
    const w = this.windows.get(key);
    if (!w) {
      return 0;
    }
    w.failures = w.failures.filter((t) => now - t < this.windowMs);
    if (w.failures.length === 0) {
      this.windows.delete(key);
      return 0;
    }
    if (w.failures.length < limit) {
      return 0;
    }
    const oldest = w.failures[w.failures.length - limit] ?? now;
    return Math.ceil((oldest + this.windowMs - now) / 1000);
  }

  // Keys are hashed so that the limiter never holds email addresses in the clear.
  private key(kind: string, value: string): string {
    return `${kind}:${createHash('sha256').update(value.toLowerCase()).digest('base64url')}`;
  }
}

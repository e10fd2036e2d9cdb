// A token bucket: `rate` per second sustained, up to `burst` at once.
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    now = performance.now(),
  ) {
    this.tokens = burst;
    this.last = now;
  }

  take(amount: number, now = performance.now()): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (amount > this.tokens) {
      return false;
    }
    this.tokens -= amount;
    return true;
  }
}

// Per connection: messages and bytes. A client over either limit is closed, not slowed: Yjs
// clients resend what was not stored when they reconnect, so nothing is lost by closing.
export class ConnectionRateLimit {
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;

  constructor(limits: {
    messagesPerSecond: number;
    messageBurst: number;
    bytesPerSecond: number;
    byteBurst: number;
  }) {
    this.messages = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
    this.bytes = new TokenBucket(limits.bytesPerSecond, limits.byteBurst);
  }

  allow(size: number, now = performance.now()): boolean {
    return this.messages.take(1, now) && this.bytes.take(size, now);
  }
}

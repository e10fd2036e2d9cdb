import { Inject, Injectable } from '@nestjs/common';
import { REDIS_BUS, type RedisBus } from '../redis/redis-bus.js';

// Who may do what has changed: a role, a removal, an element assignment, a sign-out. Open
// collaboration connections are re-checked at once rather than at the next periodic sweep, on
// every instance when Redis relays the news (it carries no detail: the sweep re-reads it all).
@Injectable()
export class AccessChanges {
  private readonly listeners = new Set<() => void>();
  private relaying = false;

  constructor(@Inject(REDIS_BUS) private readonly bus: RedisBus | null) {}

  // Announces the change once `committed`, the transaction that makes it, has succeeded.
  async after<T>(committed: Promise<T>): Promise<T> {
    const result = await committed;
    this.notify();
    this.bus?.publish('access', '');
    return result;
  }

  // Changes made here and on other instances. Listening subscribes to Redis, so an instance
  // without listeners (COLLAB_MODE=off) only publishes.
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    if (this.bus && !this.relaying) {
      this.relaying = true;
      this.bus.on('access', () => this.notify());
    }
    return () => {
      this.listeners.delete(listener);
    };
  }

  private notify(): void {
    this.listeners.forEach((listener) => listener());
  }
}

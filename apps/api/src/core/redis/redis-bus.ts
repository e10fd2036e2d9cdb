import { randomBytes } from 'node:crypto';
import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import {
  decodeBusMessage,
  encodeBusMessage,
  instanceIdBytes,
  type BusKind,
  type BusMessage,
} from './bus-message.js';

export const REDIS_BUS = Symbol('REDIS_BUS');

export type BusHandler = (topic: string, payload: Uint8Array) => void;

const empty = new Uint8Array(0);
// A connection that does not answer a PING within this is dropped and made again.
const livenessMs = 5_000;

// Messages between the API instances that share a database, on one Redis channel that every
// instance receives whole: one SUBSCRIBE, where a channel per document would cost a PSUBSCRIBE
// pattern match per message and instance. At most once and never waited for: what a message
// carries is stored before it is published, so a lost one delays, never loses. Whenever this
// instance may have missed some, its 'gap' handlers run: when its subscription is (re)made, and
// when another instance announces that it could not publish an update.
export class RedisBus implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisBus.name);
  private readonly instance = randomBytes(instanceIdBytes);
  private readonly channel: string;
  private readonly publisher: Redis;
  private subscriber: Redis | null = null;
  private readonly handlers = new Map<BusKind, Set<BusHandler>>();
  private unsent = false;
  private readonly liveness: NodeJS.Timeout;

  constructor(
    private readonly url: string,
    prefix: string,
  ) {
    this.channel = `${prefix}bus`;
    this.publisher = this.connect('publisher');
    this.publisher.on('ready', () => this.announceGap());
    this.liveness = setInterval(() => this.checkLiveness(), livenessMs);
  }

  publish(kind: Exclude<BusKind, 'gap'>, topic: string, payload: Uint8Array = empty): void {
    this.send({ instance: this.instance, kind, topic, payload });
  }

  // The subscription is made with the first handler, so that an instance that only publishes
  // (COLLAB_MODE=off) never receives the collaboration traffic.
  on(kind: BusKind, handler: BusHandler): () => void {
    const handlers = this.handlers.get(kind) ?? new Set<BusHandler>();
    this.handlers.set(kind, handlers);
    handlers.add(handler);
    this.subscriber ??= this.subscribe();
    return () => {
      handlers.delete(handler);
    };
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.liveness);
    await Promise.all([quit(this.publisher), this.subscriber && quit(this.subscriber)]);
  }

  private send(message: BusMessage): void {
    this.publisher.publish(this.channel, encodeBusMessage(message)).catch((error: unknown) => {
      // Only a lost update, or the news of one, leaves others behind for good (access is swept
      // again every 2 s, clients renew their awareness): they re-read once they can be told.
      if (message.kind !== 'update' && message.kind !== 'gap') {
        return;
      }
      if (!this.unsent) {
        this.logger.warn(`could not publish to Redis (${messageOf(error)}); will announce a gap`);
      }
      this.unsent = true;
      // A gap that could not be told waits for the next connection rather than retrying in a loop.
      if (message.kind === 'update' && this.publisher.status === 'ready') {
        this.announceGap();
      }
    });
  }

  private announceGap(): void {
    if (this.unsent) {
      this.unsent = false;
      this.send({ instance: this.instance, kind: 'gap', topic: '', payload: empty });
    }
  }

  // A silent network partition, or a NAT forgetting an idle connection, would otherwise last until
  // TCP gives up, for hours. What the publisher had in flight may be lost: a gap is announced.
  private checkLiveness(): void {
    for (const redis of [this.publisher, this.subscriber]) {
      if (redis?.status !== 'ready') {
        continue;
      }
      const timer = setTimeout(() => {
        this.logger.warn('Redis did not answer a ping; reconnecting');
        this.unsent ||= redis === this.publisher;
        redis.disconnect(true);
      }, livenessMs);
      redis.ping().then(
        () => clearTimeout(timer),
        () => clearTimeout(timer),
      );
    }
  }

  private subscribe(): Redis {
    const subscriber = this.connect('subscriber');
    subscriber.on('messageBuffer', (_channel: Buffer, data: Buffer) => this.receive(data));
    // Subscribed here rather than by ioredis's own resubscription, so that the gap handlers run
    // once messages flow again: whatever is stored after their re-read also reaches this instance.
    subscriber.on('ready', () => {
      subscriber.subscribe(this.channel).then(
        () => this.dispatch('gap', '', empty),
        // The connection dropped again; its next 'ready' subscribes.
        (error: unknown) => this.logger.warn(`could not subscribe: ${messageOf(error)}`),
      );
    });
    return subscriber;
  }

  private receive(data: Buffer): void {
    const message = decodeBusMessage(data);
    if (message && !this.instance.equals(message.instance)) {
      this.dispatch(message.kind, message.topic, message.payload);
    }
  }

  private dispatch(kind: BusKind, topic: string, payload: Uint8Array): void {
    for (const handler of this.handlers.get(kind) ?? []) {
      try {
        handler(topic, payload);
      } catch (error) {
        this.logger.error(`a ${kind} message failed: ${messageOf(error)}`);
      }
    }
  }

  private connect(role: 'publisher' | 'subscriber'): Redis {
    const redis = new Redis(this.url, {
      connectionName: `${this.channel}:${role}`,
      // Nothing queues while Redis is away: a publish fails at once, and a gap is announced.
      enableOfflineQueue: false,
      autoResubscribe: false,
    });
    // ioredis retries for ever; one line per outage, not one per attempt.
    let down = false;
    redis.on('error', (error: unknown) => {
      if (!down) {
        this.logger.warn(`Redis ${role} unavailable (${messageOf(error)}); retrying`);
      }
      down = true;
    });
    redis.on('ready', () => {
      if (down) {
        this.logger.log(`Redis ${role} connected again`);
      }
      down = false;
    });
    return redis;
  }
}

async function quit(redis: Redis): Promise<void> {
  if (redis.status === 'ready') {
    await redis.quit().catch(() => redis.disconnect());
  } else {
    redis.disconnect();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

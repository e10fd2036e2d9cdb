import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { REDIS_BUS, type RedisBus } from '../../core/redis/redis-bus.js';
import { WorkshopReader } from './workshop-reader.js';
import type { WorkshopSnapshot } from './workshop-state.js';

export type SnapshotListener = (snapshot: WorkshopSnapshot) => void;

interface Channel {
  listeners: Set<SnapshotListener>;
  dirty: boolean;
  running: boolean;
  timer: NodeJS.Timeout | null;
  lastRun: number;
}

// At most one delivery per workshop per interval: 300 votes in 2 s make ~25 deliveries, not
// 300 × 300 messages. A change during a delivery makes one more, so the last state always goes out.
export const deliveryIntervalMs = 75;

// One notifier per process. A change re-reads the workshop once (WorkshopReader) and hands the
// snapshot to every local subscriber; with Redis, other instances are told the workshop's id and
// re-read it from the database themselves (the database is the truth; a lost message delays only
// until the next change, and a gap re-reads every watched workshop).
@Injectable()
export class WorkshopNotifier implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(WorkshopNotifier.name);
  private readonly channels = new Map<string, Channel>();
  private readonly offs: (() => void)[] = [];

  constructor(
    private readonly reader: WorkshopReader,
    @Inject(REDIS_BUS) private readonly bus: RedisBus | null,
  ) {}

  onModuleInit(): void {
    if (this.bus) {
      this.offs.push(this.bus.on('workshop', (id) => this.touch(id)));
      this.offs.push(
        this.bus.on('gap', () => [...this.channels.keys()].forEach((id) => this.touch(id))),
      );
    }
  }

  onModuleDestroy(): void {
    this.offs.forEach((off) => off());
    for (const channel of this.channels.values()) {
      if (channel.timer) {
        clearTimeout(channel.timer);
      }
    }
    this.channels.clear();
  }

  // After a change has committed.
  changed(workshopId: string): void {
    this.bus?.publish('workshop', workshopId);
    this.touch(workshopId);
  }

  subscribe(workshopId: string, listener: SnapshotListener): () => void {
    const channel = this.channels.get(workshopId) ?? {
      listeners: new Set<SnapshotListener>(),
      dirty: false,
      running: false,
      timer: null,
      lastRun: 0,
    };
    this.channels.set(workshopId, channel);
    channel.listeners.add(listener);
    return () => {
      channel.listeners.delete(listener);
      if (channel.listeners.size === 0 && !channel.running) {
        this.drop(workshopId, channel);
      }
    };
  }

  private touch(workshopId: string): void {
    const channel = this.channels.get(workshopId);
    if (!channel) {
      return; // nobody here watches it
    }
    channel.dirty = true;
    this.schedule(workshopId, channel);
  }

  private schedule(workshopId: string, channel: Channel): void {
    if (channel.timer || channel.running || !channel.dirty) {
      return;
    }
    const wait = Math.max(0, channel.lastRun + deliveryIntervalMs - Date.now());
    channel.timer = setTimeout(() => {
      channel.timer = null;
      void this.deliver(workshopId, channel);
    }, wait);
  }

  private async deliver(workshopId: string, channel: Channel): Promise<void> {
    channel.running = true;
    channel.dirty = false;
    channel.lastRun = Date.now();
    try {
      const snapshot = await this.reader.snapshot(workshopId);
      if (snapshot) {
        channel.listeners.forEach((listener) => listener(snapshot));
      }
    } catch (error) {
      this.logger.warn(`could not read workshop ${workshopId}: ${String(error)}`);
    } finally {
      channel.running = false;
    }
    if (channel.listeners.size === 0) {
      this.drop(workshopId, channel);
    } else {
      this.schedule(workshopId, channel);
    }
  }

  private drop(workshopId: string, channel: Channel): void {
    if (channel.timer) {
      clearTimeout(channel.timer);
    }
    if (this.channels.get(workshopId) === channel) {
      this.channels.delete(workshopId);
    }
  }
}

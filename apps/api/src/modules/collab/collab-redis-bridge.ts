import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { REDIS_BUS, type RedisBus } from '../../core/redis/redis-bus.js';
import { CollabRooms } from './collab-rooms.service.js';
import { describeError } from './describe-error.js';

// Scale-out over Redis (REDIS_URL): the updates this instance stored and its writers' awareness go
// to every other instance, and theirs are applied and fanned out here, never stored again. Each
// update is in the database before it is published, so a lost message costs time, not data: when
// this instance may have missed some (its subscription was made again, or another instance could
// not publish), it re-reads the log of every document it holds. Lost awareness needs nothing:
// clients renew theirs every 15 s.
@Injectable()
export class CollabRedisBridge implements OnModuleInit {
  private readonly logger = new Logger(CollabRedisBridge.name);
  private resyncing = false;
  private resyncAgain = false;

  constructor(
    @Inject(REDIS_BUS) private readonly bus: RedisBus | null,
    private readonly rooms: CollabRooms,
  ) {}

  // Nothing to undo at shutdown: the bus closes after the collaboration server has drained, so the
  // last updates still go out.
  onModuleInit(): void {
    const bus = this.bus;
    if (!bus) {
      return;
    }
    this.rooms.onLocalUpdate((name, update) => bus.publish('update', name, update));
    this.rooms.onLocalAwareness((name, update) => bus.publish('awareness', name, update));
    bus.on('update', (name, update) => this.rooms.relayUpdate(name, update));
    bus.on('awareness', (name, update) => this.rooms.relayAwareness(name, update));
    bus.on('gap', () => this.resync());
  }

  // One re-read at a time; gaps announced meanwhile make one more, since it may have read too soon.
  private resync(): void {
    if (this.resyncing) {
      this.resyncAgain = true;
      return;
    }
    this.resyncing = true;
    this.resyncAgain = false;
    void this.rooms
      .resync()
      .catch((error: unknown) =>
        this.logger.warn(`could not re-read documents: ${describeError(error)}`),
      )
      .finally(() => {
        this.resyncing = false;
        if (this.resyncAgain) {
          this.resync();
        }
      });
  }
}

import { parseDocumentName } from '@idgov/assessment-doc';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CollabRoom } from './collab-room.js';
import { COLLAB_SETTINGS, type CollabSettings } from './collab-settings.js';
import { GroupCommitter, type Write } from './group-commit.js';
import { loadRoom } from './room-loader.js';
import { type RoomMember, serverOrigin, type UpdateOrigin } from './room-member.js';
import { UpdateLog } from './update-log.js';
import { CollabEvents } from './collab-events.js';
import { describeError } from './describe-error.js';

interface WriteTag {
  room: CollabRoom;
  origin: UpdateOrigin;
}

// The documents this instance has loaded: single-flight loading, the group commit that stores
// every change before its room applies it, compaction and unloading. Connections and the
// CollabRooms facade go through it.
@Injectable()
export class RoomRegistry {
  private readonly logger = new Logger(RoomRegistry.name);
  private readonly rooms = new Map<string, CollabRoom>();
  readonly committer: GroupCommitter<WriteTag>;

  constructor(
    private readonly log: UpdateLog,
    private readonly events: CollabEvents,
    @Inject(COLLAB_SETTINGS) private readonly settings: CollabSettings,
  ) {
    this.committer = new GroupCommitter<WriteTag>(
      (updates) => log.append(updates),
      (writes) => this.applyCommitted(writes),
      settings.maxBatchRows,
    );
  }

  // The room for a document, loading it once however many connections ask at the same time.
  acquire(documentName: string): CollabRoom {
    const existing = this.rooms.get(documentName);
    if (existing && (existing.state === 'loading' || existing.state === 'ready')) {
      if (existing.unloadTimer) {
        clearTimeout(existing.unloadTimer);
        existing.unloadTimer = null;
      }
      return existing;
    }
    const address = parseDocumentName(documentName);
    if (!address) {
      throw new Error('not an element document name');
    }
    const room = new CollabRoom(
      documentName,
      address,
      {
        onLocalUpdate: (r, update) => this.events.emit(this.events.updates, r.name, update),
        onLocalAwareness: (r, update) => this.events.emit(this.events.awareness, r.name, update),
      },
      this.settings.awarenessFlushMs,
    );
    this.rooms.set(documentName, room);
    void loadRoom(room, this.log, (write) => this.store(room, write, serverOrigin)).then(
      () => this.maybeCompact(room),
      (error: unknown) => {
        this.logger.error(`could not load a document: ${describeError(error)}`);
        room.fail(error);
        if (this.rooms.get(documentName) === room) {
          this.rooms.delete(documentName);
        }
      },
    );
    return room;
  }

  leave(room: CollabRoom, member: RoomMember): void {
    room.leave(member);
    this.scheduleUnload(room);
  }

  // Stores an update and, once committed, applies it to the room (which relays it).
  store(room: CollabRoom, data: Uint8Array, origin: UpdateOrigin): Promise<void> {
    room.pendingWrites += 1;
    const tag: WriteTag = { room, origin };
    return this.committer.write({ documentName: room.name, data, tag }).catch((error: unknown) => {
      room.pendingWrites -= 1;
      this.scheduleUnload(room);
      throw error;
    });
  }

  async compact(documentName: string): Promise<void> {
    const result = await this.log.compact(documentName);
    const room = this.rooms.get(documentName);
    if (room && result) {
      room.logRows = Math.max(0, room.logRows - result.rows);
      room.logBytes = Math.max(0, room.logBytes - result.bytes);
    }
  }

  // Any room of that document, loaded or loading (relays to a loading room wait for the load).
  find(documentName: string): CollabRoom | undefined {
    return this.rooms.get(documentName);
  }

  names(): string[] {
    return [...this.rooms.keys()];
  }

  loaded(documentName: string): CollabRoom | undefined {
    const room = this.rooms.get(documentName);
    return room?.state === 'ready' ? room : undefined;
  }

  // Unloads every room nobody is connected to, now (shutdown, tests).
  async unloadIdle(): Promise<void> {
    await this.committer.drain();
    for (const room of this.rooms.values()) {
      await room.compacting;
    }
    for (const room of [...this.rooms.values()]) {
      if (room.members.size === 0 && room.holds === 0 && room.pendingWrites === 0) {
        this.unload(room);
      }
    }
  }

  // Keeps a room loaded until the returned release is called.
  hold(room: CollabRoom): () => void {
    room.holds += 1;
    return () => {
      room.holds -= 1;
      this.scheduleUnload(room);
    };
  }

  async withRoom<T>(documentName: string, work: (room: CollabRoom) => Promise<T>): Promise<T> {
    const room = this.acquire(documentName);
    const release = this.hold(room);
    try {
      await room.whenReady();
      return await work(room);
    } finally {
      release();
    }
  }

  private applyCommitted(writes: readonly Write<WriteTag>[]): void {
    const byRoom = new Map<CollabRoom, Write<WriteTag>[]>();
    for (const write of writes) {
      byRoom.set(write.tag.room, [...(byRoom.get(write.tag.room) ?? []), write]);
    }
    for (const [room, own] of byRoom) {
      try {
        room.committed(own.map((w) => ({ data: w.data, origin: w.tag.origin })));
      } catch (error) {
        this.logger.error(`a stored update did not apply: ${describeError(error)}`);
      }
      this.maybeCompact(room);
    }
  }

  private maybeCompact(room: CollabRoom): void {
    const due =
      room.logRows >= this.settings.compactRows || room.logBytes >= this.settings.compactBytes;
    if (!due || room.compacting || room.state !== 'ready') {
      return;
    }
    room.compacting = this.compact(room.name)
      .catch((error: unknown) => this.logger.warn(`compaction failed: ${describeError(error)}`))
      .finally(() => {
        room.compacting = null;
      });
  }

  private scheduleUnload(room: CollabRoom): void {
    if (room.members.size > 0 || room.unloadTimer || room.state !== 'ready') {
      return;
    }
    room.unloadTimer = setTimeout(() => {
      room.unloadTimer = null;
      if (room.members.size > 0) {
        return;
      }
      if (room.holds > 0 || room.pendingWrites > 0 || room.compacting) {
        this.scheduleUnload(room);
        return;
      }
      this.unload(room);
    }, this.settings.unloadDelayMs);
  }

  private unload(room: CollabRoom): void {
    if (room.unloadTimer) {
      clearTimeout(room.unloadTimer);
      room.unloadTimer = null;
    }
    if (this.rooms.get(room.name) === room) {
      this.rooms.delete(room.name);
    }
    room.destroy();
  }
}

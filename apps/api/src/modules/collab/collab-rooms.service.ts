import { stateHash } from '@idgov/assessment-doc';
import { Injectable } from '@nestjs/common';
import * as Y from 'yjs';
import { relayOrigin, serverOrigin } from './room-member.js';
import { CollabEvents, type CollabListener } from './collab-events.js';
import { RoomRegistry } from './room-registry.js';
import { UpdateLog } from './update-log.js';

// What other modules may do with live documents, whichever instance holds the connections:
//   - relayUpdate / relayAwareness: apply and fan out an update or awareness change that another
//     instance already stored (scale-out over Redis); never stored again here;
//   - onLocalUpdate / onLocalAwareness: what this instance stored from its clients or the server,
//     or received as awareness from its writers, for publishing to other instances;
//   - resync: re-reads the stored log of every document here, after relays may have been lost;
//   - applyServerChange / applyServerUpdate: a change made by the server itself (restoring a named
//     version): stored first, then applied and relayed to everyone like a client's update;
//   - documentState / documentHash: the current state, loading the document if needed;
//   - compact / unloadIdle: maintenance and tests.
@Injectable()
export class CollabRooms {
  constructor(
    private readonly registry: RoomRegistry,
    private readonly events: CollabEvents,
    private readonly log: UpdateLog,
  ) {}

  relayUpdate(documentName: string, update: Uint8Array): void {
    this.registry.find(documentName)?.applyRelayed([update]);
  }

  relayAwareness(documentName: string, update: Uint8Array): void {
    const room = this.registry.loaded(documentName);
    room?.awareness.apply(update, relayOrigin);
  }

  onLocalUpdate(listener: CollabListener): () => void {
    this.events.updates.add(listener);
    return () => this.events.updates.delete(listener);
  }

  onLocalAwareness(listener: CollabListener): () => void {
    this.events.awareness.add(listener);
    return () => this.events.awareness.delete(listener);
  }

  // Applying what the document already holds changes nothing and sends nothing, so only what was
  // missed reaches the connections; as a relay, it is not stored or published again.
  async resync(): Promise<void> {
    for (const documentName of this.registry.names()) {
      const stored = await this.log.load(documentName);
      this.registry.find(documentName)?.applyRelayed(stored.updates);
    }
  }

  // Runs `change` on a copy of the current state and stores the update it makes before anyone,
  // the live document included, sees it. Returns that update, or null when nothing changed.
  applyServerChange(
    documentName: string,
    change: (doc: Y.Doc) => void,
  ): Promise<Uint8Array | null> {
    return this.registry.withRoom(documentName, async (room) => {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(room.doc));
      const made: Uint8Array[] = [];
      copy.on('update', (update: Uint8Array) => made.push(update));
      copy.transact(() => change(copy));
      copy.destroy();
      // One transaction makes one update; a change that applied updates of its own may make more.
      const update = made.length > 1 ? Y.mergeUpdates(made) : (made[0] ?? null);
      if (update) {
        await this.registry.store(room, update, serverOrigin);
      }
      return update;
    });
  }

  applyServerUpdate(documentName: string, update: Uint8Array): Promise<void> {
    return this.registry.withRoom(documentName, (room) =>
      this.registry.store(room, update, serverOrigin),
    );
  }

  documentState(documentName: string): Promise<Uint8Array> {
    return this.registry.withRoom(documentName, (room) =>
      Promise.resolve(Y.encodeStateAsUpdate(room.doc)),
    );
  }

  documentHash(documentName: string): Promise<string> {
    return this.registry.withRoom(documentName, (room) => Promise.resolve(stateHash(room.doc)));
  }

  compact(documentName: string): Promise<void> {
    return this.registry.compact(documentName);
  }

  unloadIdle(): Promise<void> {
    return this.registry.unloadIdle();
  }
}

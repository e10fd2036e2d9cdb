import { collabCloseCode, type DocumentAddress } from '@idgov/assessment-doc';
import * as Y from 'yjs';
import { RoomAwareness } from './room-awareness.js';
import { relayOrigin, serverOrigin, type RoomMember, type UpdateOrigin } from './room-member.js';
import { binaryFrame, syncStep1Message, updateMessage } from './collab-messages.js';
import { inspectUpdate, type DecodedUpdate } from './update-inspection.js';

export interface RoomHooks {
  // An update this instance stored and applied (not one relayed from elsewhere).
  onLocalUpdate(room: CollabRoom, update: Uint8Array): void;
  onLocalAwareness(room: CollabRoom, update: Uint8Array): void;
}

type RoomState = 'loading' | 'ready' | 'failed' | 'closed';

// A loaded document and the connections on it. Nothing reaches `doc` that is not stored yet:
// client and server changes are applied from the group commit's callback, after their INSERT.
export class CollabRoom {
  state: RoomState = 'loading';
  readonly members = new Set<RoomMember>();
  // Writes not yet committed, and other reasons not to unload now (an audit reading the state).
  pendingWrites = 0;
  holds = 0;
  logRows = 0;
  logBytes = 0;
  compacting: Promise<void> | null = null;
  unloadTimer: NodeJS.Timeout | null = null;
  // The state vector of what was sent ahead to connections while the document was being built
  // (see prime): their sync step 1 is answered with only what came after it.
  primedVector: Uint8Array | null = null;
  private primedWith: readonly Uint8Array[] | null = null;
  private readonly awaitingPrime = new Set<(stored: readonly Uint8Array[]) => void>();
  private current: { doc: Y.Doc; awareness: RoomAwareness } | null = null;
  private relayBacklog: Uint8Array[] = [];
  private readonly ready: Promise<void>;
  private settle: { resolve: () => void; reject: (error: unknown) => void } | null = null;

  constructor(
    readonly name: string,
    readonly address: DocumentAddress,
    private readonly hooks: RoomHooks,
    private readonly awarenessFlushMs: number,
  ) {
    this.ready = new Promise((resolve, reject) => {
      this.settle = { resolve, reject };
    });
    // Waiters attach their own handlers; this one only keeps an unobserved failure quiet.
    this.ready.catch(() => undefined);
  }

  get doc(): Y.Doc {
    if (!this.current) {
      throw new Error(`room ${this.name} is not loaded`);
    }
    return this.current.doc;
  }

  get awareness(): RoomAwareness {
    if (!this.current) {
      throw new Error(`room ${this.name} is not loaded`);
    }
    return this.current.awareness;
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  // Sends the stored updates, as read, to connections waiting for the document, so that a reader
  // sees a large document without waiting for Yjs to build it on the server (measured here: 60 ms
  // to apply a 100,000-edit snapshot of 370 kB, against 2 ms to fetch it). Only stored updates are
  // sent; what the load adds (a schema migration) follows in the sync step 2.
  prime(stored: readonly Uint8Array[]): void {
    this.primedWith = stored;
    for (const deliver of this.awaitingPrime) {
      deliver(stored);
    }
    this.awaitingPrime.clear();
  }

  awaitPrime(deliver: (stored: readonly Uint8Array[]) => void): void {
    if (this.state !== 'loading') {
      return;
    }
    if (this.primedWith) {
      deliver(this.primedWith);
    } else {
      this.awaitingPrime.add(deliver);
    }
  }

  open(
    doc: Y.Doc,
    log: { rows: number; bytes: number },
    primedVector: Uint8Array | null = null,
  ): void {
    this.primedWith = null;
    this.awaitingPrime.clear();
    this.primedVector = primedVector;
    const awareness = new RoomAwareness(doc, this.members, this.awarenessFlushMs, (update) =>
      this.hooks.onLocalAwareness(this, update),
    );
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      // Encoded and framed once, sent as is to every connection but the one it came from.
      const frame = binaryFrame(updateMessage(update));
      for (const member of this.members) {
        if (member !== origin) {
          member.sendFrame(frame);
        }
      }
      if (origin !== relayOrigin) {
        this.hooks.onLocalUpdate(this, update);
      }
    });
    this.current = { doc, awareness };
    this.logRows = log.rows;
    this.logBytes = log.bytes;
    this.state = 'ready';
    this.settle?.resolve();
    this.applyRelayed(this.relayBacklog.splice(0));
  }

  // The load failed: never serve (let alone store) an empty stand-in for the document.
  fail(error: unknown): void {
    this.state = 'failed';
    this.primedWith = null;
    this.awaitingPrime.clear();
    this.settle?.reject(error);
    for (const member of [...this.members]) {
      member.close(collabCloseCode.internalError, 'document unavailable');
    }
    this.members.clear();
  }

  // Sync step 1 and everyone's awareness, as the y-websocket server greets a client.
  greet(member: RoomMember): void {
    member.send(syncStep1Message(this.doc));
    this.awareness.greet(member);
  }

  inspect(decoded: DecodedUpdate) {
    return inspectUpdate(this.doc, decoded);
  }

  // A batch of this room's updates has been stored: count it and apply it. One sender: everyone
  // else gets it. Several: everyone, senders included (an echo Yjs ignores), so that the batch
  // still goes out as one message.
  committed(writes: readonly { data: Uint8Array; origin: UpdateOrigin }[]): void {
    this.pendingWrites -= writes.length;
    this.logRows += writes.length;
    this.logBytes += writes.reduce((sum, w) => sum + w.data.length, 0);
    const origins = new Set(writes.map((w) => w.origin));
    const [only] = origins;
    this.applyCommitted(
      writes.map((w) => w.data),
      origins.size === 1 && only !== undefined ? only : serverOrigin,
    );
  }

  // Stored updates, applied in one Yjs transaction: one 'update' event, so one broadcast.
  applyCommitted(updates: readonly Uint8Array[], origin: UpdateOrigin): void {
    if (this.state !== 'ready' || updates.length === 0) {
      return;
    }
    this.doc.transact(() => {
      for (const update of updates) {
        Y.applyUpdate(this.doc, update);
      }
    }, origin);
  }

  applyRelayed(updates: readonly Uint8Array[]): void {
    if (this.state === 'loading') {
      this.relayBacklog.push(...updates);
      return;
    }
    this.applyCommitted(updates, relayOrigin);
  }

  join(member: RoomMember): void {
    this.members.add(member);
    this.awareness.presenceChanged();
  }

  leave(member: RoomMember): void {
    this.members.delete(member);
    if (this.current) {
      this.awareness.forget(member);
    }
  }

  // A writer became a viewer (its connection is about to close): its cursors go, the counts change.
  downgraded(member: RoomMember): void {
    this.awareness.forget(member);
  }

  destroy(): void {
    this.state = 'closed';
    this.current?.awareness.destroy();
    this.current?.doc.destroy();
    this.current = null;
  }
}

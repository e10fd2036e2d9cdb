import { encodePresence, type CollabPresence } from '@idgov/assessment-doc';
import {
  applyAwarenessUpdate,
  Awareness,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { awarenessMessage, binaryFrame } from './collab-messages.js';
import { isRoomMember, relayOrigin, type RoomMember } from './room-member.js';

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

// Writers' awareness (cursors, names) for one room, rebroadcast coalesced: every change within one
// flush window goes out as one message to everyone. Viewers' awareness never gets here (the
// connection drops it); they are counted instead, in the presence message.
export class RoomAwareness {
  private readonly awareness: Awareness;
  private readonly changed = new Set<number>();
  private readonly changedHere = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private lastPresence = '';

  constructor(
    doc: Y.Doc,
    private readonly members: ReadonlySet<RoomMember>,
    private readonly flushMs: number,
    private readonly onLocal: (update: Uint8Array) => void,
  ) {
    this.awareness = new Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) => {
      const member = isRoomMember(origin) ? origin : null;
      for (const id of [...change.added, ...change.updated]) {
        member?.awarenessIds.add(id);
      }
      for (const id of change.removed) {
        member?.awarenessIds.delete(id);
      }
      for (const id of [...change.added, ...change.updated, ...change.removed]) {
        this.changed.add(id);
        if (origin !== relayOrigin) {
          this.changedHere.add(id);
        }
      }
      this.schedule();
    });
  }

  // Throws on a malformed update; the caller closes the connection.
  apply(update: Uint8Array, origin: RoomMember | typeof relayOrigin): void {
    applyAwarenessUpdate(this.awareness, update, origin);
  }

  greet(member: RoomMember): void {
    const ids = [...this.awareness.getStates().keys()];
    if (ids.length > 0) {
      member.send(awarenessMessage(encodeAwarenessUpdate(this.awareness, ids)));
    }
  }

  // Everyone's current state, for a client that asks (query-awareness).
  snapshot(): Uint8Array {
    return awarenessMessage(
      encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()]),
    );
  }

  forget(member: RoomMember): void {
    removeAwarenessStates(this.awareness, [...member.awarenessIds], null);
    member.awarenessIds.clear();
    this.presenceChanged();
  }

  presenceChanged(): void {
    this.schedule();
  }

  presence(): CollabPresence {
    const writers = new Set<string>();
    const viewers = new Set<string>();
    for (const member of this.members) {
      (member.role === 'writer' ? writers : viewers).add(member.userId);
    }
    return { writers: writers.size, viewers: viewers.size };
  }

  destroy(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.awareness.destroy();
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => this.flush(), this.flushMs);
  }

  private flush(): void {
    this.timer = null;
    if (this.changed.size > 0) {
      const frame = binaryFrame(
        awarenessMessage(encodeAwarenessUpdate(this.awareness, [...this.changed])),
      );
      this.changed.clear();
      for (const member of this.members) {
        member.sendFrame(frame);
      }
    }
    if (this.changedHere.size > 0) {
      this.onLocal(encodeAwarenessUpdate(this.awareness, [...this.changedHere]));
      this.changedHere.clear();
    }
    const presence = this.presence();
    const key = `${presence.writers}/${presence.viewers}`;
    if (key !== this.lastPresence) {
      this.lastPresence = key;
      const message = encodePresence(presence);
      for (const member of this.members) {
        if (member.wantsAcks) {
          member.send(message);
        }
      }
    }
  }
}

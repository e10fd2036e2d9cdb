import { collabCloseCode, encodeSaved } from '@idgov/assessment-doc';
import * as Y from 'yjs';
import type { CollabRoom } from './collab-room.js';
import type { ConnectionServices } from './connection-services.js';

// The side of a connection the pipeline works for.
export interface PipelineOwner {
  readonly room: CollabRoom;
  readonly closing: boolean;
  readonly role: 'writer' | 'viewer';
  readonly wantsAcks: boolean;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

// A writer's updates, one at a time: validated in a worker, inspected against the document,
// handed to the group commit. Storing overlaps with the next update's validation; "saved" counts
// go out strictly in message order, each once its store has committed.
export class UpdatePipeline {
  // Update messages stored (or found to hold nothing new), in order: what "saved" reports.
  saved = 0;
  // Of those, the ones that changed the document: what the edit session's audit counts.
  changed = 0;
  // Settles when everything accepted so far is stored (or failed).
  durable: Promise<void> = Promise.resolve();
  private validated: Promise<void> = Promise.resolve();
  private queuedBytes = 0;
  private failed = false;
  private ackScheduled = false;

  constructor(
    private readonly owner: PipelineOwner,
    private readonly services: ConnectionServices,
    private readonly store: (update: Uint8Array) => Promise<void>,
  ) {}

  // Counts bytes received and not yet handed to the group commit; false (and the connection
  // closed) past the cap.
  private reserve(size: number): boolean {
    this.queuedBytes += size;
    if (this.queuedBytes > this.services.settings.maxQueuedBytes) {
      this.owner.close(collabCloseCode.policyViolation, 'too much waiting to be saved');
      return false;
    }
    return true;
  }

  push(update: Uint8Array): void {
    if (this.reserve(update.length)) {
      this.validated = this.validated.then(() => this.accept(update));
    }
  }

  private writing(): boolean {
    return !this.owner.closing && this.owner.role === 'writer';
  }

  private async accept(update: Uint8Array): Promise<void> {
    try {
      if (!this.writing()) {
        return;
      }
      const verdict = await this.services.validator.validate(update);
      if (!this.writing()) {
        return; // downgraded or closed while it was being checked
      }
      if (verdict !== 'valid') {
        this.owner.close(collabCloseCode.invalidPayload, 'malformed update');
        return;
      }
      const inspection = this.owner.room.inspect(Y.decodeUpdate(update));
      if (inspection.writesMeta) {
        this.owner.close(collabCloseCode.metaWrite, 'the document meta is read-only');
        return;
      }
      const stored = inspection.redundant ? Promise.resolve() : this.store(update);
      stored.catch(() => undefined); // observed below, in order
      this.durable = this.durable.then(() => this.acknowledge(stored, !inspection.redundant));
    } catch {
      this.owner.close(collabCloseCode.internalError, 'could not process an update');
    } finally {
      this.queuedBytes -= update.length;
    }
  }

  private async acknowledge(stored: Promise<void>, changes: boolean): Promise<void> {
    if (this.failed) {
      return;
    }
    try {
      await stored;
    } catch {
      // Not stored: the client keeps it and sends it again in its sync step 2 on reconnect.
      this.failed = true;
      this.owner.close(collabCloseCode.internalError, 'could not save');
      return;
    }
    this.saved += 1;
    this.changed += changes ? 1 : 0;
    if (this.owner.wantsAcks && !this.ackScheduled) {
      // The count is cumulative: everything one commit saved goes out as one message.
      this.ackScheduled = true;
      setImmediate(() => {
        this.ackScheduled = false;
        this.owner.send(encodeSaved(this.saved));
      });
    }
  }
}

import type { NewUpdate } from './update-log.js';

export interface Write<T> extends NewUpdate {
  // Carried through to `onCommitted` (who sent it, for the room to apply and acknowledge).
  tag: T;
}

interface Entry<T> {
  write: Write<T>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

// Group commit: while one batch is being written, the next accumulates; when none is being written
// a batch starts on the next turn of the event loop, so updates that arrived together share one
// INSERT. No artificial wait: a batch spans at most one commit's duration (a few ms on
// PostgreSQL, about 20 ms under load). Batches commit strictly one after another, so promises
// resolve in the order the writes were made.
export class GroupCommitter<T> {
  private queue: Entry<T>[] = [];
  private running: Promise<void> | null = null;
  private scheduled = false;

  constructor(
    private readonly store: (updates: readonly NewUpdate[]) => Promise<void>,
    // Called after the batch committed and before any of its promises resolve.
    private readonly onCommitted: (writes: readonly Write<T>[]) => void,
    private readonly maxRows: number,
  ) {}

  write(write: Write<T>): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ write, resolve, reject });
      this.schedule();
    });
  }

  // Resolves once everything written so far is committed (or failed).
  async drain(): Promise<void> {
    while (this.running || this.scheduled || this.queue.length > 0) {
      await (this.running ?? new Promise((resolve) => setImmediate(resolve)));
    }
  }

  private schedule(): void {
    if (this.running || this.scheduled) {
      return;
    }
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.running = this.commitNext().finally(() => {
        this.running = null;
        if (this.queue.length > 0) {
          this.schedule();
        }
      });
    });
  }

  private async commitNext(): Promise<void> {
    const batch = this.queue.splice(0, this.maxRows);
    if (batch.length === 0) {
      return;
    }
    try {
      await this.store(batch.map((entry) => entry.write));
    } catch (error) {
      for (const entry of batch) {
        entry.reject(error);
      }
      return;
    }
    try {
      this.onCommitted(batch.map((entry) => entry.write));
    } finally {
      for (const entry of batch) {
        entry.resolve();
      }
    }
  }
}

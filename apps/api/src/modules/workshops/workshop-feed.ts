import type { WorkshopObject } from './workshop.object.js';
import type { WorkshopSnapshot } from './workshop-state.js';

export interface WorkshopChangedPayload {
  workshopChanged: WorkshopObject;
}

// One subscriber's stream. It keeps only the latest snapshot: a slow client skips states, never
// falls behind. `view` decides, at every delivery, whether this subscriber may still see the
// workshop (null ends the stream) and what they see.
export class WorkshopFeed implements AsyncIterableIterator<WorkshopChangedPayload> {
  private latest: WorkshopSnapshot | null = null;
  private wake: (() => void) | null = null;
  private done = false;

  constructor(
    private readonly view: (snapshot: WorkshopSnapshot) => Promise<WorkshopObject | null>,
    private readonly stop: () => void,
  ) {}

  push = (snapshot: WorkshopSnapshot): void => {
    this.latest = snapshot;
    this.wake?.();
  };

  async next(): Promise<IteratorResult<WorkshopChangedPayload>> {
    while (!this.done) {
      const snapshot = this.latest;
      if (!snapshot) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = null;
        continue;
      }
      this.latest = null;
      const value = await this.view(snapshot);
      if (!value) {
        break;
      }
      return { value: { workshopChanged: value }, done: false };
    }
    this.end();
    return { value: undefined, done: true };
  }

  return(): Promise<IteratorResult<WorkshopChangedPayload>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<WorkshopChangedPayload>> {
    this.end();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<WorkshopChangedPayload> {
    return this;
  }

  private end(): void {
    if (!this.done) {
      this.done = true;
      this.stop();
      this.wake?.();
    }
  }
}

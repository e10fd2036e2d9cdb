import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { Logger } from '@nestjs/common';
import { validatorWorkerSource } from './update-validator.worker-source.js';

export type Verdict = 'valid' | 'invalid' | 'timeout';

interface Job {
  update: Uint8Array;
  resolve: (verdict: Verdict) => void;
  // Sent alone: it was in a batch that ran out of time, and may be the one to blame.
  alone: boolean;
}

interface Batch {
  id: number;
  jobs: Job[];
}

interface Slot {
  worker: Worker;
  batch: Batch | null;
  timer: NodeJS.Timeout | null;
}

// Updates waiting when a worker frees up go to it together, in one message each way: under load
// that cost (measured here: ~100 µs per round trip on a shared core) is paid per batch, not per
// update. The time budget grows with the batch.
const maxBatch = 64;

const yjsPath = createRequire(import.meta.url).resolve('yjs');

// A small pool of worker threads that try each client update before the server touches it, so
// that garbage which makes Yjs throw, loop forever or allocate without bound costs one worker (cut
// off after the time budget, or by its own heap limit) instead of the event loop. One batch per
// worker at a time; a batch that runs out of time is retried update by update, so only the
// culprit is refused for it.
export class UpdateValidator {
  private readonly logger = new Logger(UpdateValidator.name);
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private pumpScheduled = false;

  constructor(
    private readonly size: number,
    private readonly timeoutMs: number,
    // Tests swap in a worker that misbehaves on purpose.
    private readonly source: string = validatorWorkerSource,
  ) {}

  validate(update: Uint8Array): Promise<Verdict> {
    if (this.closed) {
      return Promise.resolve('invalid');
    }
    return new Promise((resolve) => {
      this.queue.push({ update, resolve, alone: false });
      // Updates read from the sockets in the same turn of the event loop travel together.
      if (!this.pumpScheduled) {
        this.pumpScheduled = true;
        setImmediate(() => {
          this.pumpScheduled = false;
          this.pump();
        });
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) {
      job.resolve('invalid');
    }
    await Promise.all(this.slots.splice(0).map((slot) => this.retire(slot, 'invalid')));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.idleSlot();
      if (!slot) {
        return;
      }
      const batch: Batch = { id: this.nextId++, jobs: this.takeBatch() };
      slot.batch = batch;
      const budget = this.timeoutMs * Math.max(1, Math.sqrt(batch.jobs.length));
      slot.timer = setTimeout(() => void this.replace(slot, 'timeout'), budget);
      // Copies of exactly the updates' bytes, moved rather than cloned: an update is usually a
      // view into a larger receive buffer.
      const updates = batch.jobs.map((job) => job.update.slice());
      slot.worker.postMessage(
        { id: batch.id, updates },
        updates.map((bytes) => bytes.buffer),
      );
    }
  }

  private takeBatch(): Job[] {
    const first = this.queue[0];
    if (first?.alone) {
      return this.queue.splice(0, 1);
    }
    const end = this.queue.findIndex((job, i) => job.alone || i >= maxBatch);
    return this.queue.splice(0, end < 0 ? this.queue.length : end);
  }

  private idleSlot(): Slot | undefined {
    const idle = this.slots.find((slot) => slot.batch === null);
    if (idle || this.slots.length >= this.size) {
      return idle;
    }
    const slot = this.spawn();
    this.slots.push(slot);
    return slot;
  }

  private spawn(): Slot {
    const worker = new Worker(this.source, {
      eval: true,
      workerData: { yjsPath },
      // A hostile update that makes Yjs allocate without bound ends this worker, not the process.
      resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 },
    });
    const slot: Slot = { worker, batch: null, timer: null };
    worker.on('message', (message: { id: number; oks: boolean[] }) => {
      if (slot.batch?.id !== message.id) {
        return;
      }
      this.finish(slot, (i) => (message.oks[i] === true ? 'valid' : 'invalid'));
      this.pump();
    });
    // Out of memory or any other crash: the updates being checked are refused (one alone) or
    // checked again one by one (a batch).
    worker.on('error', (error) => {
      this.logger.warn(`validation worker failed: ${error.message}`);
      void this.replace(slot, 'invalid');
    });
    worker.on('exit', () => void this.replace(slot, 'invalid'));
    worker.unref();
    return slot;
  }

  private finish(slot: Slot, verdictOf: (index: number) => Verdict): void {
    if (slot.timer) {
      clearTimeout(slot.timer);
      slot.timer = null;
    }
    const jobs = slot.batch?.jobs ?? [];
    slot.batch = null;
    jobs.forEach((job, i) => job.resolve(verdictOf(i)));
  }

  // The worker crashed or was cut off: a lone update gets the verdict; a batch goes back to the
  // front of the queue, each update to be checked alone.
  private async replace(slot: Slot, verdict: Verdict): Promise<void> {
    const index = this.slots.indexOf(slot);
    if (index < 0) {
      return;
    }
    this.slots.splice(index, 1);
    const jobs = slot.batch?.jobs ?? [];
    if (jobs.length > 1 && !this.closed) {
      slot.batch = null;
      this.queue.unshift(...jobs.map((job) => ({ ...job, alone: true })));
    } else if (verdict === 'timeout') {
      this.logger.warn(`an update took over ${this.timeoutMs} ms to validate; refused`);
    }
    await this.retire(slot, verdict);
    this.pump();
  }

  private async retire(slot: Slot, verdict: Verdict): Promise<void> {
    this.finish(slot, () => verdict);
    slot.worker.removeAllListeners('exit');
    await slot.worker.terminate();
  }
}

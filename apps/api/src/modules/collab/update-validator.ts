import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { Logger } from '@nestjs/common';
import { validatorWorkerSource } from './update-validator.worker-source.js';

export type Verdict = 'valid' | 'invalid' | 'timeout';

interface Job {
  id: number;
  update: Uint8Array;
  resolve: (verdict: Verdict) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

const yjsPath = createRequire(import.meta.url).resolve('yjs');

// A small pool of worker threads that try each client update before the server touches it, so
// that garbage which makes Yjs throw, loop forever or allocate without bound costs one worker (cut
// off after the time budget, or by its own heap limit) instead of the event loop. One job per
// worker at a time, so the budget measures that job alone.
export class UpdateValidator {
  private readonly logger = new Logger(UpdateValidator.name);
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

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
      this.queue.push({ id: this.nextId++, update, resolve });
      this.pump();
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
      const job = slot && this.queue.shift();
      if (!slot || !job) {
        return;
      }
      slot.job = job;
      slot.timer = setTimeout(() => void this.replace(slot, 'timeout'), this.timeoutMs);
      // A copy of exactly the update's bytes, moved rather than cloned: the update is usually a
      // view into a larger receive buffer.
      const bytes = job.update.slice();
      slot.worker.postMessage({ id: job.id, update: bytes }, [bytes.buffer]);
    }
  }

  private idleSlot(): Slot | undefined {
    const idle = this.slots.find((slot) => slot.job === null);
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
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (message: { id: number; ok: boolean }) => {
      if (slot.job?.id !== message.id) {
        return;
      }
      this.finish(slot, message.ok ? 'valid' : 'invalid');
      this.pump();
    });
    // Out of memory or any other crash: the update that was being checked is refused.
    worker.on('error', (error) => {
      this.logger.warn(`validation worker failed: ${error.message}`);
      void this.replace(slot, 'invalid');
    });
    worker.on('exit', () => void this.replace(slot, 'invalid'));
    worker.unref();
    return slot;
  }

  private finish(slot: Slot, verdict: Verdict): void {
    if (slot.timer) {
      clearTimeout(slot.timer);
      slot.timer = null;
    }
    const job = slot.job;
    slot.job = null;
    job?.resolve(verdict);
  }

  private async replace(slot: Slot, verdict: Verdict): Promise<void> {
    const index = this.slots.indexOf(slot);
    if (index < 0) {
      return;
    }
    this.slots.splice(index, 1);
    if (verdict === 'timeout') {
      this.logger.warn(`an update took over ${this.timeoutMs} ms to validate; refused`);
    }
    await this.retire(slot, verdict);
    this.pump();
  }

  private async retire(slot: Slot, verdict: Verdict): Promise<void> {
    this.finish(slot, verdict);
    slot.worker.removeAllListeners('exit');
    await slot.worker.terminate();
  }
}

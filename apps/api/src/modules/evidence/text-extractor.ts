import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { Logger } from '@nestjs/common';
import type { TextStatus } from './evidence-kind.js';
import { extractorWorkerSource } from './text-extractor.worker-source.js';

export interface Extraction {
  status: TextStatus;
  text: string | null;
}

const require = createRequire(import.meta.url);
const modulePaths = {
  unpdfPath: require.resolve('unpdf'),
  mammothPath: require.resolve('mammoth'),
};

const kindOf: Readonly<Record<string, 'pdf' | 'docx'>> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

// Enough for a long report's searchable words while keeping the search vector well under
// PostgreSQL's 1 MB limit for any text.
export const maxTextChars = 200_000;

// Extracts searchable text from PDF and DOCX files, one file at a time (the machine is shared with
// the API's other work), each in a worker thread of its own with a time budget and a heap limit:
// a hostile or broken file costs one worker, never the API. A failure only means no text.
export class TextExtractor {
  private readonly logger = new Logger(TextExtractor.name);
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly timeoutMs: number,
    private readonly heapMb = 256,
  ) {}

  extract(path: string, mediaType: string): Promise<Extraction> {
    const kind = kindOf[mediaType];
    if (!kind) {
      return Promise.resolve({ status: 'NOT_APPLICABLE', text: null });
    }
    const run = this.queue.then(() => this.inWorker(path, kind));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private inWorker(path: string, kind: 'pdf' | 'docx'): Promise<Extraction> {
    return new Promise((resolve) => {
      const worker = new Worker(extractorWorkerSource, {
        eval: true,
        workerData: { path, kind, maxChars: maxTextChars, ...modulePaths },
        resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: 32 },
        stdout: true,
        stderr: true,
      });
      // pdf.js may warn about odd files; the outcome is logged below instead.
      worker.stdout.resume();
      worker.stderr.resume();
      let done = false;
      const finish = (result: Extraction, reason?: string): void => {
        if (done) {
          return;
        }
        done = true;
        clearTimeout(timer);
        if (reason) {
          this.logger.warn(`no text from a ${kind} file: ${reason}`);
        }
        void worker.terminate();
        resolve(result);
      };
      const timer = setTimeout(
        () => finish({ status: 'TIMED_OUT', text: null }, `over ${this.timeoutMs} ms`),
        this.timeoutMs,
      );
      worker.on('message', (message: { ok: boolean; text?: string; error?: string }) => {
        if (!message.ok) {
          finish({ status: 'FAILED', text: null }, message.error);
        } else if (message.text) {
          finish({ status: 'EXTRACTED', text: message.text });
        } else {
          finish({ status: 'EMPTY', text: null });
        }
      });
      worker.on('error', (error) => finish({ status: 'FAILED', text: null }, error.message));
      worker.on('exit', (code) =>
        finish({ status: 'FAILED', text: null }, `worker exited (${code})`),
      );
    });
  }
}

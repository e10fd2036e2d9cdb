import { parseDocumentName } from '@idgov/assessment-doc';
import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import * as Y from 'yjs';
import { CollabRooms } from '../collab/collab-rooms.service.js';
import { describeError } from '../collab/describe-error.js';
import { ProgressRecorder } from './progress-recorder.js';

// A burst of typing projects once, shortly after it pauses, and at least every few seconds
// while it goes on.
const quietMs = 1_000;
const maxWaitMs = 5_000;

interface Pending {
  timer: NodeJS.Timeout;
  since: number;
}

// Keeps element_progress in step with the documents this instance stores updates for.
@Injectable()
export class ProgressProjector implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ProgressProjector.name);
  private readonly pending = new Map<string, Pending>();
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly rooms: CollabRooms,
    private readonly recorder: ProgressRecorder,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.rooms.onLocalUpdate((documentName) => this.schedule(documentName));
  }

  async onApplicationShutdown(): Promise<void> {
    this.unsubscribe?.();
    await Promise.all([...this.pending.keys()].map((name) => this.project(name)));
  }

  private schedule(documentName: string): void {
    const previous = this.pending.get(documentName);
    const since = previous?.since ?? Date.now();
    if (previous) {
      clearTimeout(previous.timer);
    }
    const delay = Math.max(0, Math.min(quietMs, since + maxWaitMs - Date.now()));
    const timer = setTimeout(() => void this.project(documentName), delay);
    timer.unref();
    this.pending.set(documentName, { timer, since });
  }

  private async project(documentName: string): Promise<void> {
    const pending = this.pending.get(documentName);
    if (pending) {
      clearTimeout(pending.timer);
      this.pending.delete(documentName);
    }
    const address = parseDocumentName(documentName);
    if (!address) {
      return;
    }
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, await this.rooms.documentState(documentName));
      await this.recorder.record(address.assessmentId, address.elementKey, doc);
    } catch (error) {
      // The next change tries again; dashboards show the previous figures meanwhile.
      this.logger.warn(`could not project ${documentName}: ${describeError(error)}`);
    } finally {
      doc.destroy();
    }
  }
}

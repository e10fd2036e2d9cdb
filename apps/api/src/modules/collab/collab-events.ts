import { Injectable, Logger } from '@nestjs/common';
import { describeError } from './describe-error.js';

export type CollabListener = (documentName: string, update: Uint8Array) => void;

// Updates this instance stored and awareness its writers sent, for whoever relays them to other
// instances. Listeners run synchronously on the hot path: they should only queue.
@Injectable()
export class CollabEvents {
  private readonly logger = new Logger(CollabEvents.name);
  readonly updates = new Set<CollabListener>();
  readonly awareness = new Set<CollabListener>();

  emit(listeners: Set<CollabListener>, documentName: string, update: Uint8Array): void {
    for (const listener of listeners) {
      try {
        listener(documentName, update);
      } catch (error) {
        this.logger.error(`a collaboration listener failed: ${describeError(error)}`);
      }
    }
  }
}

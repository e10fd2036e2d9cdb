import { createHash } from 'node:crypto';
import { canonicalJson } from '@idgov/framework';

export const genesisHash = '0'.repeat(64);

// The part of an event that its hash covers: everything but the hashes themselves.
export interface AuditPayload {
  seq: number;
  occurredAt: string;
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  assessmentId: string | null;
  summary: Record<string, unknown>;
  requestId: string;
}

export interface ChainedEvent extends AuditPayload {
  prevHash: string;
  hash: string;
}

export function hashEvent(prevHash: string, payload: AuditPayload): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(payload)).digest('hex');
}

export function payloadOf(event: ChainedEvent): AuditPayload {
  const { prevHash: _p, hash: _h, ...payload } = event;
  return payload;
}

export type ChainProblem =
  | { kind: 'gap'; seq: number; detail: string }
  | { kind: 'link'; seq: number; detail: string }
  | { kind: 'hash'; seq: number; detail: string };

// Walks events in sequence order and reports the first one that does not follow from the one
// before it: a missing or repeated number, a broken link, or content that no longer hashes.
export class ChainWalker {
  private expectedSeq = 1;
  private previousHash = genesisHash;
  count = 0;

  get head(): { seq: number; hash: string } {
    return { seq: this.expectedSeq - 1, hash: this.previousHash };
  }

  next(event: ChainedEvent): ChainProblem | null {
    if (event.seq !== this.expectedSeq) {
      return {
        kind: 'gap',
        seq: this.expectedSeq,
        detail: `expected seq ${this.expectedSeq}, found ${event.seq}`,
      };
    }
    if (event.prevHash !== this.previousHash) {
      return {
        kind: 'link',
        seq: event.seq,
        detail: 'prev_hash does not match the previous event',
      };
    }
    if (hashEvent(event.prevHash, payloadOf(event)) !== event.hash) {
      return { kind: 'hash', seq: event.seq, detail: 'content does not match its hash' };
    }
    this.expectedSeq += 1;
    this.previousHash = event.hash;
    this.count += 1;
    return null;
  }
}

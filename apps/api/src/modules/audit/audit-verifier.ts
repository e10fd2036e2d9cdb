import type { DataSource } from 'typeorm';
import { ChainWalker, type ChainedEvent } from './audit-chain.js';
import { verifyCheckpointSignature, type CheckpointStatement } from './audit-signer.js';

export interface SignedCheckpoint extends CheckpointStatement {
  signature: string;
}

export type VerifyResult =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; firstBadSeq: number; reason: string };

interface EventRow {
  seq: string;
  occurred_at: Date;
  actor: string;
  action: string;
  target_type: string;
  target_id: string;
  assessment_id: string | null;
  summary: Record<string, unknown>;
  request_id: string;
  prev_hash: string;
  hash: string;
}

const batchSize = 2000;

function toEvent(row: EventRow): ChainedEvent {
  return {
    seq: Number(row.seq),
    occurredAt: row.occurred_at.toISOString(),
    actor: row.actor,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    assessmentId: row.assessment_id,
    summary: row.summary,
    requestId: row.request_id,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

// Checks the whole chain, then every checkpoint: those stored in the database and one kept
// outside it. A checkpoint beyond the end of the chain means events were cut off or an older
// backup was restored; one whose head differs means history was rewritten before it.
export async function verifyAuditLog(
  dataSource: DataSource,
  options: { publicKeyPem: string; external?: SignedCheckpoint },
): Promise<VerifyResult> {
  const stored = await dataSource.query<
    { seq: string; head: string; time: Date; signature: string }[]
  >('SELECT seq, head, time, signature FROM audit_checkpoint ORDER BY seq');
  const checkpoints: (SignedCheckpoint & { source: string })[] = stored.map((c) => ({
    seq: Number(c.seq),
    head: c.head,
    time: c.time.toISOString(),
    signature: c.signature,
    source: 'stored checkpoint',
  }));
  if (options.external) {
    checkpoints.push({ ...options.external, source: 'external checkpoint' });
  }
  for (const c of checkpoints) {
    const { seq, head, time } = c;
    if (!verifyCheckpointSignature({ seq, head, time }, c.signature, options.publicKeyPem)) {
      return {
        ok: false,
        count: 0,
        firstBadSeq: c.seq,
        reason: `${c.source} at seq ${c.seq} has an invalid signature`,
      };
    }
  }
  const headAt = new Map<number, string>();
  const wanted = new Set(checkpoints.map((c) => c.seq));
  const walker = new ChainWalker();
  let after = 0;
  for (;;) {
    const rows = await dataSource.query<EventRow[]>(
      `SELECT * FROM audit_event WHERE seq > $1 ORDER BY seq LIMIT ${batchSize}`,
      [after],
    );
    for (const row of rows) {
      const problem = walker.next(toEvent(row));
      if (problem) {
        return { ok: false, count: walker.count, firstBadSeq: problem.seq, reason: problem.detail };
      }
      if (wanted.has(walker.head.seq)) {
        headAt.set(walker.head.seq, walker.head.hash);
      }
    }
    if (rows.length < batchSize) {
      break;
    }
    after = Number(rows.at(-1)?.seq);
  }
  const end = walker.head;
  for (const c of checkpoints.sort((a, b) => a.seq - b.seq)) {
    if (c.seq > end.seq) {
      return {
        ok: false,
        count: walker.count,
        firstBadSeq: end.seq + 1,
        reason: `${c.source} records ${c.seq} events; the log ends at ${end.seq} (cut off, or an older backup restored)`,
      };
    }
    if (c.seq > 0 && headAt.get(c.seq) !== c.head) {
      return {
        ok: false,
        count: walker.count,
        firstBadSeq: c.seq,
        reason: `the log was rewritten at or before seq ${c.seq}: its head differs from the ${c.source}`,
      };
    }
  }
  return { ok: true, count: walker.count, head: end.hash };
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { currentRequestContext } from '../../core/request-context/request-context.js';
import { genesisHash, hashEvent, type AuditPayload } from './audit-chain.js';
import { AuditCheckpointEntity } from './audit-checkpoint.entity.js';
import { AUDIT_SIGNER } from './audit.tokens.js';
import type { AuditSigner } from './audit-signer.js';

// Every writer of the chain takes this transaction-scoped lock, so events get consecutive
// numbers and each links to the one committed before it: the chain cannot fork.
const chainLock = 7_342_001;

export interface AuditRecord {
  action: string;
  targetType: string;
  targetId: string;
  assessmentId: string | null;
  // What changed, without personal data: keys, codes, lengths, old and new states.
  summary: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(AUDIT_SIGNER) private readonly signer: AuditSigner,
  ) {}

  // Call inside the transaction that makes the change, as its last statement, so the event
  // commits or rolls back with it and the lock is held as briefly as possible.
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('audit events are written inside the transaction of the change they record');
    }
    const head = await lockedHead(manager);
    const { requestId, actor } = currentRequestContext();
    const payload: AuditPayload = {
      seq: head.seq + 1,
      occurredAt: new Date().toISOString(),
      actor,
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId,
      assessmentId: record.assessmentId,
      summary: record.summary,
      requestId,
    };
    await manager.query(
      `INSERT INTO audit_event (seq, occurred_at, actor, action, target_type, target_id,
         assessment_id, summary, request_id, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        payload.seq,
        payload.occurredAt,
        payload.actor,
        payload.action,
        payload.targetType,
        payload.targetId,
        payload.assessmentId,
        JSON.stringify(payload.summary),
        payload.requestId,
        head.hash,
        hashEvent(head.hash, payload),
      ],
    );
  }

  checkpoint(): Promise<AuditCheckpointEntity> {
    return this.dataSource.transaction(async (manager) => {
      const head = await lockedHead(manager);
      const latest = await manager.findOne(AuditCheckpointEntity, {
        where: {},
        order: { seq: 'DESC' },
      });
      if (latest && latest.seq === head.seq) {
        return latest;
      }
      const time = new Date();
      const statement = { seq: head.seq, head: head.hash, time: time.toISOString() };
      const checkpoint = manager.create(AuditCheckpointEntity, {
        seq: head.seq,
        head: head.hash,
        time,
        signature: this.signer.sign(statement),
      });
      await manager.insert(AuditCheckpointEntity, checkpoint);
      return checkpoint;
    });
  }

  checkpoints(limit: number): Promise<AuditCheckpointEntity[]> {
    return this.dataSource
      .getRepository(AuditCheckpointEntity)
      .find({ order: { seq: 'DESC' }, take: limit });
  }

  publicKeyPem(): string {
    return this.signer.publicKeyPem;
  }
}

async function lockedHead(manager: EntityManager): Promise<{ seq: number; hash: string }> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [chainLock]);
  const rows = await manager.query<{ seq: string; hash: string }[]>(
    'SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1',
  );
  const last = rows[0];
  return last ? { seq: Number(last.seq), hash: last.hash } : { seq: 0, hash: genesisHash };
}

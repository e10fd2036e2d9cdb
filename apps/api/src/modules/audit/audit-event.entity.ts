import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

const bigintAsNumber = {
  to: (value: number): number => value,
  from: (value: string): number => Number(value),
};

// Append-only: triggers refuse UPDATE, DELETE and TRUNCATE (see the migration), and every row
// links to the one before through prev_hash.
@Entity('audit_event')
@Index('audit_event_assessment_idx', ['assessmentId', 'seq'])
@Check('audit_event_hash_hex', `"hash" ~ '^[0-9a-f]{64}$' AND "prev_hash" ~ '^[0-9a-f]{64}$'`)
export class AuditEventEntity {
  @PrimaryColumn({ type: 'bigint', transformer: bigintAsNumber })
  seq: number;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 64 })
  actor: string;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 64 })
  targetType: string;

  @Column({ name: 'target_id', type: 'varchar', length: 200 })
  targetId: string;

  @Column({ name: 'assessment_id', type: 'uuid', nullable: true })
  assessmentId: string | null;

  @Column({ type: 'jsonb' })
  summary: Record<string, unknown>;

  @Column({ name: 'request_id', type: 'varchar', length: 64 })
  requestId: string;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}

export { bigintAsNumber };

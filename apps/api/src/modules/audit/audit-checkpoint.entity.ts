import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from './audit-event.entity.js';

// A signed statement "the log had `seq` events ending in `head` at `time`". Copies kept outside
// the platform reveal a rewritten or rolled-back log.
@Entity('audit_checkpoint')
export class AuditCheckpointEntity {
  @PrimaryColumn({ type: 'bigint', transformer: bigintAsNumber })
  seq: number;

  @Column({ type: 'char', length: 64 })
  head: string;

  @Column({ type: 'timestamptz' })
  time: Date;

  @Column({ type: 'text' })
  signature: string;
}

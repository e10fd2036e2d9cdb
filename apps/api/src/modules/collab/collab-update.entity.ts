import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// The append-only log of accepted Yjs updates (v1 encoding), one row per client message, written
// before anyone else sees the update. Compaction folds rows into collab_snapshot and deletes them.
@Entity('collab_update')
@Index('collab_update_document_idx', ['documentName', 'id'])
@Check('collab_update_not_empty', `octet_length("data") > 0`)
export class CollabUpdateEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'document_name', type: 'varchar', length: 200 })
  documentName: string;

  @Column({ type: 'bytea' })
  data: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

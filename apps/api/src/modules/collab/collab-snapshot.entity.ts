import { Column, Entity, PrimaryColumn } from 'typeorm';

// The merged state of a document's compacted log. upto_id is the highest log row merged into it
// (for inspection only: loading reads the snapshot and every row still in the log, since rows
// committed out of id order may sit below it).
@Entity('collab_snapshot')
export class CollabSnapshotEntity {
  @PrimaryColumn({ name: 'document_name', type: 'varchar', length: 200 })
  documentName: string;

  @Column({ type: 'bytea' })
  data: Buffer;

  @Column({ name: 'upto_id', type: 'bigint' })
  uptoId: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { EvidenceEntity } from './evidence.entity.js';
import { textStatuses, type TextStatus } from './evidence-kind.js';

// A file attached to an evidence item. The bytes live in the file storage under their sha-256
// (content-addressed: two items holding the same file share one copy); the type is the one sniffed
// from the content, the name only what the uploader called it.
@Entity('evidence_file')
@Index('evidence_file_evidence_idx', ['evidenceId', 'createdAt'])
@Index('evidence_file_sha256_idx', ['sha256'])
@Check('evidence_file_sha256_hex', `"sha256" ~ '^[0-9a-f]{64}$'`)
@Check('evidence_file_size_positive', `"size_bytes" > 0`)
@Check('evidence_file_name_not_blank', `char_length(btrim("file_name")) > 0`)
export class EvidenceFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'evidence_id', type: 'uuid' })
  evidenceId: string;

  @ManyToOne(() => EvidenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: Relation<EvidenceEntity>;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @Column({ name: 'media_type', type: 'varchar', length: 100 })
  mediaType: string;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  // Extracted for search (indexed with its item's fields, see EvidenceEntity.search); never
  // returned as such.
  @Column({ type: 'text', nullable: true, select: false })
  text: string | null;

  @Column({
    name: 'text_status',
    type: 'enum',
    enum: textStatuses,
    enumName: 'evidence_text_status',
  })
  textStatus: TextStatus;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

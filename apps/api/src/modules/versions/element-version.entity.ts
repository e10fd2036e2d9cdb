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
import { AssessmentEntity } from '../assessments/assessment.entity.js';
import { UserEntity } from '../users/user.entity.js';

export const versionNameMaxLength = 120;
export const versionNoteMaxLength = 2000;

// A named moment of one element document: its full Yjs state, to compare with and restore from.
// Versions are never edited or deleted; restoring one adds a change to the live document.
@Entity('element_version')
@Index('element_version_element_idx', ['assessmentId', 'elementKey', 'createdAt'])
@Check('element_version_name_not_blank', `char_length(btrim("name")) > 0`)
@Check('element_version_note_length', `char_length("note") <= ${versionNoteMaxLength}`)
@Check('element_version_state_hash_hex', `"state_hash" ~ '^[0-9a-f]{64}$'`)
export class ElementVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ name: 'element_key', type: 'varchar', length: 64 })
  elementKey: string;

  @Column({ type: 'varchar', length: versionNameMaxLength })
  name: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  // Y.encodeStateAsUpdate of the document; only read to compare or restore.
  @Column({ type: 'bytea', select: false })
  state: Buffer;

  // stateHash of that state, as the audit log records it.
  @Column({ name: 'state_hash', type: 'char', length: 64 })
  stateHash: string;

  // Accounts are disabled, never deleted, so a version keeps its author.
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  author?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { SessionEntity } from '../auth/session.entity.js';
import { UserEntity } from '../users/user.entity.js';

// A ticket for one websocket connection to one document: issued over GraphQL to a signed-in
// session, valid for a minute, redeemed once at the upgrade. Kept in the database rather than in
// memory so that any instance can redeem a ticket any other instance issued; only its SHA-256 is
// stored, since the ticket itself travels in a URL.
@Entity('collab_token')
@Index('collab_token_expires_idx', ['expiresAt'])
@Check('collab_token_hash_hex', `"token_hash" ~ '^[0-9a-f]{64}$'`)
export class CollabTokenEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  // The connection lives as long as this session: the revocation sweep closes it on logout.
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<SessionEntity>;

  @Column({ name: 'document_name', type: 'varchar', length: 200 })
  documentName: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}

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
import { WorkshopEntity } from './workshop.entity.js';

// Someone taking part: a member (by account, once per workshop) or a guest, known by a display
// name and the hash of the token they were given (the token itself is never stored).
@Entity('workshop_participant')
@Index('workshop_participant_user_key', ['workshopId', 'userId'], { unique: true })
@Index('workshop_participant_guest_key', ['guestTokenHash'], { unique: true })
@Check(
  'workshop_participant_who',
  `("user_id" IS NULL) <> ("guest_token_hash" IS NULL) AND ("guest_token_hash" IS NULL) = ("guest_name" IS NULL)`,
)
@Check('workshop_participant_guest_name', `char_length(btrim("guest_name")) BETWEEN 1 AND 60`)
export class WorkshopParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workshop_id', type: 'uuid' })
  workshopId: string;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id' })
  workshop?: Relation<WorkshopEntity>;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ name: 'guest_name', type: 'varchar', length: 60, nullable: true })
  guestName: string | null;

  @Column({ name: 'guest_token_hash', type: 'char', length: 64, nullable: true })
  guestTokenHash: string | null;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;
}

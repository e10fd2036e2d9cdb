import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { WorkshopItemEntity } from './workshop-item.entity.js';
import { WorkshopParticipantEntity } from './workshop-participant.entity.js';
import { workshopVotes, type WorkshopVoteValue } from './workshop-kinds.js';

// One participant's vote on one item; voting again replaces it.
@Entity('workshop_vote')
@Index('workshop_vote_item_participant_key', ['itemId', 'participantId'], { unique: true })
@Index('workshop_vote_participant_idx', ['participantId'])
@Check('workshop_vote_comment_length', `char_length("comment") <= 500`)
export class WorkshopVoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => WorkshopItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Relation<WorkshopItemEntity>;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @ManyToOne(() => WorkshopParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Relation<WorkshopParticipantEntity>;

  @Column({ type: 'enum', enum: workshopVotes, enumName: 'workshop_vote_value' })
  vote: WorkshopVoteValue;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

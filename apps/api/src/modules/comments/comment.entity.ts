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
import { CommentThreadEntity } from './comment-thread.entity.js';

export const commentBodyMaxLength = 5000;
export const hiddenReasonMaxLength = 1000;

// One comment of a thread. A moderator may hide it with a reason: the body is kept (and served to
// moderators), others see that it was hidden and why.
@Entity('comment')
@Index('comment_thread_idx', ['threadId', 'createdAt'])
@Check(
  'comment_body_length',
  `char_length(btrim("body")) > 0 AND char_length("body") <= ${commentBodyMaxLength}`,
)
@Check(
  'comment_hidden',
  `("hidden_at" IS NULL) = ("hidden_by" IS NULL) AND ("hidden_at" IS NULL) = ("hidden_reason" IS NULL)`,
)
@Check('comment_hidden_reason_length', `char_length("hidden_reason") <= ${hiddenReasonMaxLength}`)
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @ManyToOne(() => CommentThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<CommentThreadEntity>;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  author?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hidden_by' })
  hider?: Relation<UserEntity>;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;
}

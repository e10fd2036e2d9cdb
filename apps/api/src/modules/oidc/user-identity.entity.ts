import {
  Check,
  CreateDateColumn,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

// A person's account at an identity provider, linked to their account here. The pair
// (issuer, subject) is the only stable identifier OpenID Connect guarantees: email addresses
// change and may be reassigned.
@Entity('user_identity')
@Unique('user_identity_issuer_subject_uq', ['issuer', 'subject'])
@Index('user_identity_user_idx', ['userId'])
@Check('user_identity_subject_not_blank', `char_length("subject") > 0`)
export class UserIdentityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 512 })
  issuer: string;

  // OpenID Connect limits `sub` to 255 ASCII characters.
  @Column({ type: 'varchar', length: 255 })
  subject: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

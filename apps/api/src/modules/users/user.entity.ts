import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

@Entity('user_account')
@Unique('user_account_email_uq', ['email'])
@Unique('user_account_pseudonym_uq', ['auditPseudonym'])
@Check('user_account_email_lowercase', `"email" = lower("email")`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName: string;

  // Null for accounts that only sign in through single sign-on or have not accepted an invitation.
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  // What the audit log records instead of a name or an email address.
  @Column({ name: 'audit_pseudonym', type: 'varchar', length: 32 })
  auditPseudonym: string;

  @Column({ name: 'is_platform_admin', type: 'boolean', default: false })
  isPlatformAdmin: boolean;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

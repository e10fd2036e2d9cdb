import type { OrganisationType } from '@idgov/authz';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

export const organisationTypes: readonly OrganisationType[] = [
  'GOVERNMENT',
  'CIVIL_SOCIETY',
  'UNDP',
  'DEVELOPMENT_PARTNER',
  'ACADEMIA',
  'OTHER',
];

@Entity('organisation')
@Unique('organisation_name_uq', ['name'])
@Check('organisation_name_not_blank', `char_length(btrim("name")) > 0`)
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: organisationTypes, enumName: 'organisation_type' })
  type: OrganisationType;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('organisation_member')
export class OrganisationMemberEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
}

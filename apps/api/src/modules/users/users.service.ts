import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../core/errors/app-error.js';
import { hashPassword } from './password.js';
import { UserEntity } from './user.entity.js';

export interface NewUser {
  email: string;
  displayName: string;
  password: string | null;
  isPlatformAdmin?: boolean;
}

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

@Injectable()
export class UsersService {
  constructor(private readonly dataSource: DataSource) {}

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ email: normaliseEmail(email) });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  async create(
    input: NewUser,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity> {
    const email = normaliseEmail(input.email);
    if (await manager.existsBy(UserEntity, { email })) {
      throw new AppError('CONFLICT', 'An account with this email address exists', 'email');
    }
    return manager.save(
      manager.create(UserEntity, {
        email,
        displayName: input.displayName.trim(),
        passwordHash: input.password === null ? null : await hashPassword(input.password),
        auditPseudonym: `u_${randomBytes(8).toString('hex')}`,
        isPlatformAdmin: input.isPlatformAdmin ?? false,
        disabledAt: null,
      }),
    );
  }
}

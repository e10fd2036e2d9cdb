import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, notFound } from '../../core/errors/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { UserEntity } from '../users/user.entity.js';
import type { z } from 'zod';
import type { createOrganisationSchema } from './dto/create-organisation.input.js';
import { OrganisationEntity, OrganisationMemberEntity } from './organisation.entity.js';

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<OrganisationEntity[]> {
    return this.dataSource.getRepository(OrganisationEntity).find({ order: { name: 'ASC' } });
  }

  byIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.dataSource.getRepository(OrganisationEntity).findBy(ids.map((id) => ({ id })));
  }

  create(input: z.output<typeof createOrganisationSchema>): Promise<OrganisationEntity> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(OrganisationEntity, { name: input.name })) {
        throw new AppError('CONFLICT', 'An organisation with this name exists', 'name');
      }
      const organisation = await manager.save(manager.create(OrganisationEntity, input));
      await this.audit.record(manager, {
        action: 'organisation.create',
        targetType: 'organisation',
        targetId: organisation.id,
        assessmentId: null,
        summary: { type: organisation.type, country: organisation.country },
      });
      return organisation;
    });
  }

  addMember(organisationId: string, userId: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(OrganisationEntity, { id: organisationId }))) {
        throw notFound('Organisation', 'organisationId');
      }
      if (!(await manager.existsBy(UserEntity, { id: userId }))) {
        throw notFound('User', 'userId');
      }
      await this.addMemberIn(manager, organisationId, userId);
    });
  }

  // Inside the caller's transaction (e.g. accepting an invitation on behalf of an organisation).
  async addMemberIn(manager: EntityManager, organisationId: string, userId: string): Promise<void> {
    await manager.upsert(OrganisationMemberEntity, { organisationId, userId }, [
      'organisationId',
      'userId',
    ]);
    await this.audit.record(manager, {
      action: 'organisation.add-member',
      targetType: 'organisation',
      targetId: organisationId,
      assessmentId: null,
      summary: {},
    });
  }
}

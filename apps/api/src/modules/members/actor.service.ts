import type { Actor, Membership } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActorLoader } from '../../core/authz/actor-loader.js';
import { AssessmentMemberEntity } from './assessment-member.entity.js';

@Injectable()
export class ActorService implements ActorLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(user: { id: string; isPlatformAdmin: boolean }): Promise<Actor> {
    const rows = await this.dataSource.getRepository(AssessmentMemberEntity).find({
      where: { userId: user.id },
      select: { assessmentId: true, role: true, organisationId: true },
    });
    const memberships: Record<string, Membership> = {};
    for (const row of rows) {
      memberships[row.assessmentId] = { role: row.role, organisationId: row.organisationId };
    }
    return { userId: user.id, isPlatformAdmin: user.isPlatformAdmin, memberships };
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { ElementAssigneeEntity } from '../members/element-assignment.entity.js';
import { AssessmentMemberEntity } from '../members/assessment-member.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import type { RecommendationQuery } from './dto/recommendation-filter.input.js';
import { RecommendationEntity } from './recommendation.entity.js';

@Injectable()
export class RecommendationQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(assessmentId: string, filter: RecommendationQuery): Promise<RecommendationEntity[]> {
    const where: FindOptionsWhere<RecommendationEntity> = { assessmentId };
    if (filter.elementKey) {
      where.elementKey = filter.elementKey;
    }
    if (filter.status) {
      where.status = filter.status;
    }
    if (filter.priority) {
      where.priority = filter.priority;
    }
    if (filter.timeframe) {
      where.timeframe = filter.timeframe;
    }
    if (filter.responsibleOrganisationId) {
      where.responsibleOrganisationId = filter.responsibleOrganisationId;
    }
    return this.dataSource
      .getRepository(RecommendationEntity)
      .find({ where, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  // The organisations taking part in an assessment, as every member may already see them: those
  // assigned to an element, and those of members who are not shown by pseudonym (naming the
  // organisation of a pseudonymous member would tell who they are).
  async institutionIds(manager: EntityManager, assessmentId: string): Promise<string[]> {
    // One after the other: inside a transaction both share one connection.
    const assignees = await manager.findBy(ElementAssigneeEntity, { assessmentId });
    const members = await manager.findBy(AssessmentMemberEntity, { assessmentId });
    const ids = [
      ...assignees.map((a) => a.organisationId),
      ...members.filter((m) => m.attribution !== 'PSEUDONYM').map((m) => m.organisationId),
    ];
    return [...new Set(ids.filter((id): id is string => id !== null))];
  }

  async institutions(assessmentId: string): Promise<OrganisationEntity[]> {
    const ids = await this.institutionIds(this.dataSource.manager, assessmentId);
    return this.organisations(ids);
  }

  async organisations(ids: readonly string[]): Promise<OrganisationEntity[]> {
    if (ids.length === 0) {
      return [];
    }
    return this.dataSource
      .getRepository(OrganisationEntity)
      .find({ where: { id: In([...ids]) }, order: { name: 'ASC' } });
  }
}

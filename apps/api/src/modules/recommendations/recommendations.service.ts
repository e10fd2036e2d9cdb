import type { Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, badInput, notFound } from '../../core/errors/app-error.js';
import { AssessmentChanges } from '../assessments/assessment-changes.js';
import { FrameworkService } from '../framework/framework.service.js';
import type { NewRecommendation } from './dto/create-recommendation.input.js';
import type { RecommendationChanges } from './dto/update-recommendation.input.js';
import { ElementFindings } from './element-findings.js';
import { RecommendationEntity } from './recommendation.entity.js';
import { RecommendationQueries } from './recommendation-queries.service.js';
import { agreedStatuses } from './recommendation-values.js';

type Recorded = { action: string; summary: Record<string, unknown> };
type Placement = Pick<RecommendationEntity, 'elementKey' | 'subElementKey' | 'findingIds'>;

// What the audit log keeps of a recommendation: keys, levels and counts, never its words or the
// name of an institution off the platform.
const summaryOf = (r: RecommendationEntity): Record<string, unknown> => ({
  elementKey: r.elementKey,
  subElementKey: r.subElementKey,
  priority: r.priority,
  timeframe: r.timeframe,
  status: r.status,
  findingCount: r.findingIds.length,
  institution: r.responsibleOrganisationId
    ? 'ORGANISATION'
    : r.responsibleInstitutionName
      ? 'NAMED'
      : 'NONE',
  responsibleOrganisationId: r.responsibleOrganisationId,
});

const editable = [
  'elementKey',
  'subElementKey',
  'findingIds',
  'title',
  'description',
  'responsibleOrganisationId',
  'responsibleInstitutionName',
  'priority',
  'timeframe',
  'status',
] as const;

@Injectable()
export class RecommendationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: AssessmentChanges,
    private readonly frameworks: FrameworkService,
    private readonly findings: ElementFindings,
    private readonly queries: RecommendationQueries,
  ) {}

  // Linked findings are checked before the transaction: reading a document may load it from the
  // database, and on PGlite the transaction would hold the only connection.
  async create(
    actor: Actor,
    assessmentId: string,
    input: NewRecommendation,
  ): Promise<RecommendationEntity> {
    await this.checkPlacement(assessmentId, input);
    return this.inActiveAssessment(assessmentId, async (manager) => {
      await this.checkOrganisation(manager, assessmentId, input.responsibleOrganisationId);
      const entity = manager.create(RecommendationEntity, {
        ...input,
        assessmentId,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      });
      await manager.insert(RecommendationEntity, entity);
      const saved = await manager.findOneByOrFail(RecommendationEntity, { id: entity.id });
      return [saved, { action: 'recommendation.create', summary: summaryOf(saved) }];
    });
  }

  async update(
    actor: Actor,
    assessmentId: string,
    id: string,
    changes: RecommendationChanges,
  ): Promise<RecommendationEntity> {
    const before = await this.dataSource
      .getRepository(RecommendationEntity)
      .findOneBy({ id, assessmentId });
    if (!before) {
      throw notFound('Recommendation');
    }
    const checked = applyChanges(before, changes);
    if (placementOf(checked) !== placementOf(before)) {
      await this.checkPlacement(assessmentId, checked);
    }
    return this.inActiveAssessment(assessmentId, async (manager) => {
      const row = await this.lock(manager, assessmentId, id);
      const next = applyChanges(row, changes);
      if (placementOf(next) !== placementOf(row) && placementOf(next) !== placementOf(checked)) {
        throw new AppError('CONFLICT', 'The recommendation changed meanwhile; try again', 'id');
      }
      const fields = editable.filter((f) => JSON.stringify(row[f]) !== JSON.stringify(next[f]));
      if (fields.length === 0) {
        return [row, null];
      }
      if (fields.includes('responsibleOrganisationId')) {
        await this.checkOrganisation(manager, assessmentId, next.responsibleOrganisationId);
      }
      const patch = Object.fromEntries(fields.map((f) => [f, next[f]]));
      await manager.update(RecommendationEntity, { id }, { ...patch, updatedBy: actor.userId });
      const saved = await manager.findOneByOrFail(RecommendationEntity, { id });
      const statusChange = fields.includes('status') ? { from: row.status, to: saved.status } : {};
      return [
        saved,
        {
          action: 'recommendation.update',
          summary: { ...summaryOf(saved), fields, ...statusChange },
        },
      ];
    });
  }

  // Only a recommendation still proposed is deleted; once agreed it stays on the record and is
  // dropped instead.
  delete(assessmentId: string, id: string): Promise<RecommendationEntity> {
    return this.inActiveAssessment(assessmentId, async (manager) => {
      const row = await this.lock(manager, assessmentId, id);
      if (agreedStatuses.includes(row.status) || row.status === 'DROPPED') {
        throw new AppError(
          'CONFLICT',
          'Only a proposed recommendation can be deleted; drop an agreed one instead',
          'id',
        );
      }
      await manager.delete(RecommendationEntity, { id });
      return [row, { action: 'recommendation.delete', summary: summaryOf(row) }];
    });
  }

  // The element exists, the sub-element is one of its own, and each linked finding is in the
  // element's document (in that sub-element's findings, when one is given).
  private async checkPlacement(assessmentId: string, p: Placement): Promise<void> {
    const index = this.frameworks.currentIndex();
    if (!index.element(p.elementKey)) {
      throw notFound('Element', 'elementKey');
    }
    if (p.subElementKey && index.subElement(p.subElementKey)?.element.key !== p.elementKey) {
      throw badInput('subElementKey', 'This sub-element is not part of the element');
    }
    if (p.findingIds.length === 0) {
      return;
    }
    const found = await this.findings.of(assessmentId, p.elementKey);
    const known = new Set(
      found.filter((f) => !p.subElementKey || f.subElementKey === p.subElementKey).map((f) => f.id),
    );
    if (p.findingIds.some((id) => !known.has(id))) {
      throw badInput(
        'findingIds',
        p.subElementKey
          ? 'Link findings of this sub-element only'
          : 'Link findings of this element only',
      );
    }
  }

  private async checkOrganisation(
    manager: EntityManager,
    assessmentId: string,
    organisationId: string | null,
  ): Promise<void> {
    if (organisationId === null) {
      return;
    }
    const ids = await this.queries.institutionIds(manager, assessmentId);
    if (!ids.includes(organisationId)) {
      throw notFound('Organisation', 'responsibleOrganisationId');
    }
  }

  private async lock(
    manager: EntityManager,
    assessmentId: string,
    id: string,
  ): Promise<RecommendationEntity> {
    const row = await manager.findOne(RecommendationEntity, {
      where: { id, assessmentId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) {
      throw notFound('Recommendation');
    }
    return row;
  }

  // A change and its audit event (see AssessmentChanges). A completed assessment takes changes:
  // implementation is followed after the end.
  private inActiveAssessment(
    assessmentId: string,
    work: (manager: EntityManager) => Promise<[RecommendationEntity, Recorded | null]>,
  ): Promise<RecommendationEntity> {
    return this.changes.run(assessmentId, async (manager) => {
      const [result, recorded] = await work(manager);
      return [
        result,
        recorded && { ...recorded, targetType: 'recommendation', targetId: result.id },
      ];
    });
  }
}

const placementOf = (p: Placement): string =>
  JSON.stringify([p.elementKey, p.subElementKey, p.findingIds]);

// Left-out fields stay, null clears an optional one; naming one kind of institution clears the
// other. Moving to another element unlinks the findings of the old one unless others are given.
function applyChanges(row: RecommendationEntity, c: RecommendationChanges): RecommendationEntity {
  const next: RecommendationEntity = { ...row };
  next.elementKey = c.elementKey ?? row.elementKey;
  if (c.subElementKey !== undefined) {
    next.subElementKey = c.subElementKey;
  }
  if (c.findingIds !== undefined) {
    next.findingIds = c.findingIds ?? [];
  } else if (next.elementKey !== row.elementKey) {
    next.findingIds = [];
  }
  next.title = c.title ?? row.title;
  if (c.description !== undefined) {
    next.description = c.description ?? '';
  }
  if (c.responsibleOrganisationId !== undefined) {
    next.responsibleOrganisationId = c.responsibleOrganisationId;
    if (c.responsibleOrganisationId && c.responsibleInstitutionName === undefined) {
      next.responsibleInstitutionName = null;
    }
  }
  if (c.responsibleInstitutionName !== undefined) {
    next.responsibleInstitutionName = c.responsibleInstitutionName;
    if (c.responsibleInstitutionName && c.responsibleOrganisationId === undefined) {
      next.responsibleOrganisationId = null;
    }
  }
  next.priority = c.priority ?? row.priority;
  next.timeframe = c.timeframe ?? row.timeframe;
  next.status = c.status ?? row.status;
  return next;
}

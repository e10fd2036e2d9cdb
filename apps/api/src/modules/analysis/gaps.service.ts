import type { Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError, notFound } from '../../core/errors/app-error.js';
import type { GapStatus } from './analysis-kinds.js';
import { AnalysisGapEntity } from './analysis-gap.entity.js';
import { AnalysisStructure, requireEnabledKeys } from './analysis-structure.js';
import {
  AssessmentChanges,
  type AssessmentAuditEntry as Recorded,
} from '../assessments/assessment-changes.js';
import { memberUserId } from '../members/member-id.js';
import type { GapChanges, NewGap } from './dto/gap.inputs.js';

export type GapTransition = 'acknowledge' | 'resolve' | 'reopen';

// Which statuses each transition leaves from, and where it goes. Repeating one is a no-op.
const transitions: Record<GapTransition, { from: GapStatus[]; to: GapStatus }> = {
  acknowledge: { from: ['OPEN'], to: 'ACKNOWLEDGED' },
  resolve: { from: ['OPEN', 'ACKNOWLEDGED'], to: 'RESOLVED' },
  reopen: { from: ['ACKNOWLEDGED', 'RESOLVED'], to: 'OPEN' },
};

// What the audit log keeps of a gap: its keys, status and whether it has an owner and due date,
// never the description.
const summaryOf = (g: AnalysisGapEntity): Record<string, unknown> => ({
  elementKey: g.elementKey,
  subElementKey: g.subElementKey,
  questionKey: g.questionKey,
  source: g.source,
  status: g.status,
  hasOwner: g.ownerId !== null,
  hasDueDate: g.dueDate !== null,
});

const recorded = (action: string, g: AnalysisGapEntity, extra = {}): Recorded => ({
  action,
  targetType: 'analysis_gap',
  targetId: g.id,
  summary: { ...summaryOf(g), ...extra },
});

@Injectable()
export class GapsService {
  constructor(
    private readonly changes: AssessmentChanges,
    private readonly structure: AnalysisStructure,
  ) {}

  async raise(actor: Actor, input: NewGap): Promise<AnalysisGapEntity> {
    const { assessmentId } = input;
    requireEnabledKeys(await this.structure.enabledTree(assessmentId), input);
    return this.changes.run(assessmentId, async (manager) => {
      const ownerId = input.ownerMemberId
        ? await memberUserId(manager, assessmentId, input.ownerMemberId, 'ownerMemberId')
        : null;
      const entity = manager.create(AnalysisGapEntity, {
        assessmentId,
        elementKey: input.elementKey,
        subElementKey: input.subElementKey,
        questionKey: input.questionKey ?? null,
        source: input.source ?? null,
        description: input.description,
        ownerId,
        dueDate: input.dueDate ?? null,
        status: 'OPEN',
        createdBy: actor.userId,
      });
      await manager.insert(AnalysisGapEntity, entity);
      const saved = await manager.findOneByOrFail(AnalysisGapEntity, { id: entity.id });
      return [saved, recorded('analysis.gap.raise', saved)];
    });
  }

  update(assessmentId: string, id: string, changes: GapChanges): Promise<AnalysisGapEntity> {
    return this.changes.run(assessmentId, async (manager) => {
      const row = await this.lock(manager, assessmentId, id);
      const patch: Partial<AnalysisGapEntity> = {};
      if (changes.description !== undefined && changes.description !== row.description) {
        patch.description = changes.description;
      }
      if (changes.dueDate !== undefined && changes.dueDate !== row.dueDate) {
        patch.dueDate = changes.dueDate;
      }
      if (changes.ownerMemberId !== undefined) {
        const ownerId = changes.ownerMemberId
          ? await memberUserId(manager, assessmentId, changes.ownerMemberId, 'ownerMemberId')
          : null;
        if (ownerId !== row.ownerId) {
          patch.ownerId = ownerId;
        }
      }
      const fields = Object.keys(patch);
      if (fields.length === 0) {
        return [row, null];
      }
      await manager.update(AnalysisGapEntity, { id }, patch);
      const saved = await manager.findOneByOrFail(AnalysisGapEntity, { id });
      return [saved, recorded('analysis.gap.update', saved, { fields })];
    });
  }

  move(assessmentId: string, id: string, transition: GapTransition): Promise<AnalysisGapEntity> {
    const { from, to } = transitions[transition];
    return this.changes.run(assessmentId, async (manager) => {
      const row = await this.lock(manager, assessmentId, id);
      if (row.status === to) {
        return [row, null];
      }
      if (!from.includes(row.status)) {
        throw new AppError(
          'CONFLICT',
          `A gap that is ${row.status} cannot be changed this way (${transition})`,
          'id',
        );
      }
      await manager.update(AnalysisGapEntity, { id }, { status: to });
      const saved = await manager.findOneByOrFail(AnalysisGapEntity, { id });
      return [saved, recorded(`analysis.gap.${transition}`, saved, { from: row.status })];
    });
  }

  private async lock(
    manager: EntityManager,
    assessmentId: string,
    id: string,
  ): Promise<AnalysisGapEntity> {
    const row = await manager.findOne(AnalysisGapEntity, {
      where: { id, assessmentId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) {
      throw notFound('Gap');
    }
    return row;
  }
}

import type { Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { AssessmentMemberEntity } from '../members/assessment-member.entity.js';
import { groupOf } from './analysis-kinds.js';
import { AnalysisStructure, requireEnabledKeys } from './analysis-structure.js';
import { AssessmentChanges } from '../assessments/assessment-changes.js';
import { ConsolidatedRatingEntity } from './consolidated-rating.entity.js';
import type { NewConsolidatedRating, NewStakeholderRating } from './dto/rating.inputs.js';
import { StakeholderRatingEntity } from './stakeholder-rating.entity.js';

// Members' ratings by stakeholder group and the moderator's consolidated rating. The audit log
// keeps the group of a member's rating but not its value: who rated what stays private.
@Injectable()
export class RatingsService {
  constructor(
    private readonly changes: AssessmentChanges,
    private readonly structure: AnalysisStructure,
  ) {}

  async submit(actor: Actor, input: NewStakeholderRating): Promise<void> {
    const { assessmentId, subElementKey } = input;
    requireEnabledKeys(await this.structure.enabledTree(assessmentId), { subElementKey });
    await this.changes.run(assessmentId, async (manager) => {
      // The group as of now: a later change of organisation leaves this rating's group alone.
      const member = await manager.findOne(AssessmentMemberEntity, {
        where: { assessmentId, userId: actor.userId },
        relations: { organisation: true },
      });
      const group = groupOf(member?.organisation?.type);
      const existing = await manager.findOneBy(StakeholderRatingEntity, {
        assessmentId,
        subElementKey,
        userId: actor.userId,
      });
      const values = { group, rating: input.rating, comment: input.comment ?? null };
      let id: string;
      if (existing) {
        await manager.update(StakeholderRatingEntity, { id: existing.id }, values);
        id = existing.id;
      } else {
        const entity = manager.create(StakeholderRatingEntity, {
          ...values,
          assessmentId,
          subElementKey,
          userId: actor.userId,
        });
        await manager.insert(StakeholderRatingEntity, entity);
        id = entity.id;
      }
      const summary = { subElementKey, group, replaced: !!existing, hasComment: !!input.comment };
      return [
        undefined,
        {
          action: 'analysis.rating.submit',
          targetType: 'stakeholder_rating',
          targetId: id,
          summary,
        },
      ];
    });
  }

  async withdraw(actor: Actor, assessmentId: string, subElementKey: string): Promise<void> {
    await this.changes.run(assessmentId, async (manager) => {
      const existing = await manager.findOneBy(StakeholderRatingEntity, {
        assessmentId,
        subElementKey,
        userId: actor.userId,
      });
      if (!existing) {
        return [undefined, null];
      }
      await manager.delete(StakeholderRatingEntity, { id: existing.id });
      return [
        undefined,
        {
          action: 'analysis.rating.withdraw',
          targetType: 'stakeholder_rating',
          targetId: existing.id,
          summary: { subElementKey, group: existing.group },
        },
      ];
    });
  }

  async consolidate(actor: Actor, input: NewConsolidatedRating): Promise<void> {
    const { assessmentId, subElementKey } = input;
    requireEnabledKeys(await this.structure.enabledTree(assessmentId), { subElementKey });
    await this.changes.run(assessmentId, async (manager) => {
      const key = { assessmentId, subElementKey };
      const existing = await manager.findOneBy(ConsolidatedRatingEntity, key);
      const values = { rating: input.rating, rationale: input.rationale, setBy: actor.userId };
      if (existing) {
        await manager.update(ConsolidatedRatingEntity, key, values);
      } else {
        await manager.insert(ConsolidatedRatingEntity, { ...key, ...values });
      }
      const summary = {
        subElementKey,
        rating: input.rating,
        previous: existing?.rating ?? null,
        rationaleLength: input.rationale.length,
      };
      return [
        undefined,
        {
          action: 'analysis.consolidated.set',
          targetType: 'consolidated_rating',
          targetId: `${assessmentId}:${subElementKey}`,
          summary,
        },
      ];
    });
  }

  async clearConsolidated(assessmentId: string, subElementKey: string): Promise<void> {
    await this.changes.run(assessmentId, async (manager) => {
      const key = { assessmentId, subElementKey };
      const existing = await manager.findOneBy(ConsolidatedRatingEntity, key);
      if (!existing) {
        return [undefined, null];
      }
      await manager.delete(ConsolidatedRatingEntity, key);
      return [
        undefined,
        {
          action: 'analysis.consolidated.clear',
          targetType: 'consolidated_rating',
          targetId: `${assessmentId}:${subElementKey}`,
          summary: { subElementKey, previous: existing.rating },
        },
      ];
    });
  }
}

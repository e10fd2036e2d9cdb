import type { Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ratingScale } from './analysis-kinds.js';
import type { SubElementNode } from './analysis-structure.js';
import { ConsolidatedRatingEntity } from './consolidated-rating.entity.js';
import { divergenceOf, splitByGroup } from './rating-split.js';
import type { SubElementRatingsObject } from './ratings.object.js';
import { StakeholderRatingEntity } from './stakeholder-rating.entity.js';

// Split and consolidated ratings of sub-elements. Individual rows never leave this service
// except the viewer's own: everyone else's are reduced to counts per group here.
@Injectable()
export class RatingsQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async of(
    actor: Actor,
    assessmentId: string,
    subElements: readonly SubElementNode[],
  ): Promise<SubElementRatingsObject[]> {
    const [ratings, consolidated] = await Promise.all([
      this.dataSource.getRepository(StakeholderRatingEntity).findBy({ assessmentId }),
      this.dataSource.getRepository(ConsolidatedRatingEntity).findBy({ assessmentId }),
    ]);
    return subElements.map((sub) => {
      const rows = ratings.filter((r) => r.subElementKey === sub.key);
      const splits = splitByGroup(rows);
      const divergence = divergenceOf(splits);
      const mine = rows.find((r) => r.userId === actor.userId);
      const moderator = consolidated.find((c) => c.subElementKey === sub.key);
      return {
        id: `${assessmentId}:${sub.key}`,
        elementKey: sub.elementKey,
        subElementKey: sub.key,
        title: sub.title,
        total: rows.length,
        groups: splits.map((s) => ({
          group: s.group,
          total: s.total,
          majority: s.majority,
          counts: ratingScale.map((rating) => ({ rating, count: s.counts[rating] })),
        })),
        divergent: divergence !== null,
        divergence,
        myRating: mine
          ? {
              rating: mine.rating,
              comment: mine.comment,
              group: mine.group,
              updatedAt: mine.updatedAt,
            }
          : null,
        consolidated: moderator
          ? {
              rating: moderator.rating,
              rationale: moderator.rationale,
              setAt: moderator.setAt,
              assessmentId,
              setById: moderator.setBy,
            }
          : null,
      };
    });
  }
}

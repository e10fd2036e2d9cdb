import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ValidationOutcomeObject } from './validation-outcome.object.js';
import { WorkshopItemEntity } from './workshop-item.entity.js';
import type { WorkshopOutcome } from './workshop-kinds.js';

// What the rest of the platform reads of workshops' decisions (the matrix, the element workspace):
// the latest outcome per finding or question rating, keyed like the element documents. Needs
// only the database, so other modules provide it without the workshops module.
@Injectable()
export class ValidationOutcomes {
  constructor(private readonly dataSource: DataSource) {}

  async of(assessmentId: string, elementKey?: string | null): Promise<ValidationOutcomeObject[]> {
    const query = this.dataSource
      .getRepository(WorkshopItemEntity)
      .createQueryBuilder('i')
      .distinctOn([
        'i.kind',
        'i.element_key',
        'i.sub_element_key',
        'i.finding_id',
        'i.question_key',
      ])
      .where('i.assessment_id = :assessmentId AND i.outcome IS NOT NULL', { assessmentId });
    if (elementKey) {
      query.andWhere('i.element_key = :elementKey', { elementKey });
    }
    const rows = await query
      .orderBy('i.kind')
      .addOrderBy('i.element_key')
      .addOrderBy('i.sub_element_key')
      .addOrderBy('i.finding_id')
      .addOrderBy('i.question_key')
      .addOrderBy('i.decided_at', 'DESC')
      .getMany();
    // The amended text itself is in the document now; the outcome says that it was amended.
    return rows.map((i) => ({
      itemId: i.id,
      workshopId: i.workshopId,
      kind: i.kind,
      elementKey: i.elementKey,
      subElementKey: i.subElementKey,
      findingId: i.findingId,
      questionKey: i.questionKey,
      outcome: i.outcome as WorkshopOutcome,
      note: i.outcomeNote,
      amendedRating: i.amendedRating,
      decidedAt: i.decidedAt as Date,
    }));
  }
}

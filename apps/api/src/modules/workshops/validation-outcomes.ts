import type { Rating } from '@idgov/assessment-doc';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { WorkshopItemEntity } from './workshop-item.entity.js';
import type { WorkshopItemKind, WorkshopOutcome } from './workshop-kinds.js';

// What the rest of the platform reads of workshops' decisions (the matrix, the element workspace,
// phase checks): the latest outcome per finding or question rating, keyed like the element
// documents. Needs only the database, so other modules provide it without the workshops module.
export interface ValidationOutcome {
  kind: WorkshopItemKind;
  elementKey: string;
  subElementKey: string;
  findingId: string | null;
  questionKey: string | null;
  outcome: WorkshopOutcome;
  note: string | null;
  amendedText: string | null;
  amendedRating: Rating | null;
  workshopId: string;
  itemId: string;
  decidedAt: Date;
}

@Injectable()
export class ValidationOutcomes {
  constructor(private readonly dataSource: DataSource) {}

  async of(
    assessmentId: string,
    elementKey?: string | null,
    manager?: EntityManager,
  ): Promise<ValidationOutcome[]> {
    const query = (manager ?? this.dataSource.manager)
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
    return rows.map((i) => ({
      kind: i.kind,
      elementKey: i.elementKey,
      subElementKey: i.subElementKey,
      findingId: i.findingId,
      questionKey: i.questionKey,
      outcome: i.outcome as WorkshopOutcome,
      note: i.outcomeNote,
      amendedText: i.amendedText,
      amendedRating: i.amendedRating,
      workshopId: i.workshopId,
      itemId: i.id,
      decidedAt: i.decidedAt as Date,
    }));
  }
}

import { documentName, findingText } from '@idgov/assessment-doc';
import type { Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ElementDocuments } from '../versions/element-documents.js';
import type { NewOutcome } from './dto/workshop.inputs.js';
import { WorkshopItemEntity } from './workshop-item.entity.js';
import type { WorkshopItemKind, WorkshopOutcome } from './workshop-kinds.js';
import { WorkshopReader } from './workshop-reader.js';
import { requireStatus, WorkshopWriter } from './workshop-writer.js';
import { keysOf, WorkshopsService } from './workshops.service.js';

// What the rest of the platform reads of a workshop's decisions (analysis, recommendations): the
// latest outcome per finding or question rating, keyed like the element documents.
export interface ValidationOutcome {
  kind: WorkshopItemKind;
  elementKey: string;
  subElementKey: string;
  findingId: string | null;
  questionKey: string | null;
  outcome: WorkshopOutcome;
  note: string | null;
  amendedText: string | null;
  workshopId: string;
  itemId: string;
  decidedAt: Date;
}

// The moderator records what the room decided about each item. An amended finding's text is
// changed in the live element document (stored and relayed like any edit, as a version restore
// is), then the outcome is recorded with the tally on the audit log.
@Injectable()
export class WorkshopOutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workshops: WorkshopsService,
    private readonly writer: WorkshopWriter,
    private readonly reader: WorkshopReader,
    private readonly documents: ElementDocuments,
  ) {}

  async record(actor: Actor, assessmentId: string, input: NewOutcome): Promise<WorkshopItemEntity> {
    const item = await this.workshops.itemOf(assessmentId, input.itemId);
    const workshop = await this.workshops.find(assessmentId, item.workshopId);
    requireStatus(workshop, ['OPEN', 'CLOSED'], 'Recording an outcome');
    const written = await this.writeBack(item, input);
    return this.writer.change(assessmentId, item.workshopId, async (manager, locked) => {
      requireStatus(locked, ['OPEN', 'CLOSED'], 'Recording an outcome');
      await manager.update(
        WorkshopItemEntity,
        { id: item.id },
        {
          outcome: input.outcome,
          outcomeNote: input.note,
          amendedText: input.outcome === 'AMENDED' ? input.amendedText : null,
          decidedBy: actor.userId,
          decidedAt: new Date(),
        },
      );
      const tally = (await this.reader.tallies(item.workshopId, manager, item.id)).get(item.id);
      const saved = await manager.findOneByOrFail(WorkshopItemEntity, { id: item.id });
      return {
        result: saved,
        audit: {
          action: 'workshop.outcome',
          targetType: 'workshop-item',
          targetId: item.id,
          summary: {
            ...keysOf(item),
            outcome: input.outcome,
            previousOutcome: item.outcome,
            tally: tally ?? { agree: 0, agreeWithChanges: 0, disagree: 0, total: 0 },
            noteLength: input.note?.length ?? 0,
            amendedTextLength: input.amendedText?.length ?? 0,
            documentChanged: written.changed,
            updateBytes: written.updateBytes,
          },
        },
      };
    });
  }

  validationOutcomes(assessmentId: string, manager?: EntityManager): Promise<ValidationOutcome[]> {
    return (manager ?? this.dataSource.manager)
      .getRepository(WorkshopItemEntity)
      .createQueryBuilder('i')
      .distinctOn([
        'i.kind',
        'i.element_key',
        'i.sub_element_key',
        'i.finding_id',
        'i.question_key',
      ])
      .where('i.assessment_id = :assessmentId AND i.outcome IS NOT NULL', { assessmentId })
      .orderBy('i.kind')
      .addOrderBy('i.element_key')
      .addOrderBy('i.sub_element_key')
      .addOrderBy('i.finding_id')
      .addOrderBy('i.question_key')
      .addOrderBy('i.decided_at', 'DESC')
      .getMany()
      .then((rows) =>
        rows.map((i) => ({
          kind: i.kind,
          elementKey: i.elementKey,
          subElementKey: i.subElementKey,
          findingId: i.findingId,
          questionKey: i.questionKey,
          outcome: i.outcome as WorkshopOutcome,
          note: i.outcomeNote,
          amendedText: i.amendedText,
          workshopId: i.workshopId,
          itemId: i.id,
          decidedAt: i.decidedAt as Date,
        })),
      );
  }

  // Only an amended finding changes the document; a rating is consolidated by the analysis step,
  // which reads the outcome through validationOutcomes.
  private async writeBack(
    item: WorkshopItemEntity,
    input: NewOutcome,
  ): Promise<{ changed: boolean; updateBytes: number }> {
    if (item.kind !== 'FINDING' || input.outcome !== 'AMENDED' || !input.amendedText) {
      return { changed: false, updateBytes: 0 };
    }
    const amended = input.amendedText;
    const update = await this.documents.change(
      documentName(item.assessmentId, item.elementKey),
      (doc) => {
        const text = findingText(doc, item.subElementKey, item.findingId ?? '');
        if (text && text.toJSON() !== amended) {
          doc.transact(() => {
            text.delete(0, text.length);
            text.insert(0, amended);
          });
        }
      },
    );
    return { changed: update !== null, updateBytes: update?.byteLength ?? 0 };
  }
}

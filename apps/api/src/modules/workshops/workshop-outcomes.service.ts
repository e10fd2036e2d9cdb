import { documentName, findingText, questionRating, setRating } from '@idgov/assessment-doc';
import type { Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import type * as Y from 'yjs';
import { badInput } from '../../core/errors/app-error.js';
import { ElementDocuments } from '../versions/element-documents.js';
import type { NewOutcome } from './dto/workshop.inputs.js';
import { WorkshopItemEntity } from './workshop-item.entity.js';
import { WorkshopReader } from './workshop-reader.js';
import { requireStatus, WorkshopWriter } from './workshop-writer.js';
import { keysOf, WorkshopsService } from './workshops.service.js';

// The moderator records what the room decided about each item. An amended finding's text or
// question rating is changed in the live element document (stored and relayed like any edit, as
// a version restore is), then the outcome is recorded with the tally on the audit log.
@Injectable()
export class WorkshopOutcomesService {
  constructor(
    private readonly workshops: WorkshopsService,
    private readonly writer: WorkshopWriter,
    private readonly reader: WorkshopReader,
    private readonly documents: ElementDocuments,
  ) {}

  async record(actor: Actor, assessmentId: string, input: NewOutcome): Promise<WorkshopItemEntity> {
    const item = await this.workshops.itemOf(assessmentId, input.itemId);
    const workshop = await this.workshops.find(assessmentId, item.workshopId);
    requireStatus(workshop, ['OPEN', 'CLOSED'], 'Recording an outcome');
    requireAmendmentFits(item, input);
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
          amendedRating: input.outcome === 'AMENDED' ? input.amendedRating : null,
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
            amendedRating: input.amendedRating,
            documentChanged: written.changed,
            updateBytes: written.updateBytes,
          },
        },
      };
    });
  }

  // An amended finding's text or an amended question rating is changed in the live element
  // document; a validated or disputed item leaves the document as it is (the matrix and the
  // workspace show the outcome beside it).
  private async writeBack(
    item: WorkshopItemEntity,
    input: NewOutcome,
  ): Promise<{ changed: boolean; updateBytes: number }> {
    if (input.outcome !== 'AMENDED') {
      return { changed: false, updateBytes: 0 };
    }
    const update = await this.documents.change(
      documentName(item.assessmentId, item.elementKey),
      (doc) => amend(doc, item, input),
    );
    return { changed: update !== null, updateBytes: update?.byteLength ?? 0 };
  }
}

function amend(doc: Y.Doc, item: WorkshopItemEntity, input: NewOutcome): void {
  if (item.kind === 'FINDING' && input.amendedText) {
    const amended = input.amendedText;
    const text = findingText(doc, item.subElementKey, item.findingId ?? '');
    if (text && text.toJSON() !== amended) {
      doc.transact(() => {
        text.delete(0, text.length);
        text.insert(0, amended);
      });
    }
  } else if (item.kind === 'RATING' && input.amendedRating && item.questionKey) {
    if (questionRating(doc, item.questionKey) !== input.amendedRating) {
      setRating(doc, item.questionKey, input.amendedRating);
    }
  }
}

// Which amendment fits which item is only known once the item is read.
function requireAmendmentFits(item: WorkshopItemEntity, input: NewOutcome): void {
  if (input.outcome !== 'AMENDED') {
    return;
  }
  if (item.kind === 'FINDING' && !input.amendedText) {
    throw badInput('amendedText', 'An amended finding needs its amended text');
  }
  if (item.kind === 'RATING' && !input.amendedRating) {
    throw badInput('amendedRating', 'An amended rating needs the rating the room agreed');
  }
}

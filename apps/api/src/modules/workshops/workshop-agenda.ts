import { documentName, findingText, questionRating } from '@idgov/assessment-doc';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '../../core/errors/app-error.js';
import { AssessmentQuestionEntity } from '../customisation/assessment-question.entity.js';
import { FrameworkService } from '../framework/framework.service.js';
import { docOf, ElementDocuments } from '../versions/element-documents.js';
import type { NewWorkshopItem } from './dto/workshop.inputs.js';
import { statementMaxLength } from './workshop-kinds.js';

export interface AgendaSnapshot {
  statement: string;
  rating: string | null;
}

// What an agenda item shows, read from the live element document when it is put on the agenda:
// the finding's text, or "<question>: <rating>". Later edits of the document do not change what
// the room votes on; the outcome is written back to the document instead.
@Injectable()
export class WorkshopAgenda {
  constructor(
    private readonly dataSource: DataSource,
    private readonly frameworks: FrameworkService,
    private readonly documents: ElementDocuments,
  ) {}

  async snapshot(assessmentId: string, input: NewWorkshopItem): Promise<AgendaSnapshot> {
    const found = this.frameworks.currentIndex().subElement(input.subElementKey);
    if (!this.frameworks.currentIndex().element(input.elementKey)) {
      throw notFound('Element', 'elementKey');
    }
    if (!found || found.element.key !== input.elementKey) {
      throw notFound('Sub-element', 'subElementKey');
    }
    const question =
      input.kind === 'RATING'
        ? await this.dataSource.getRepository(AssessmentQuestionEntity).findOneBy({
            assessmentId,
            subElementKey: input.subElementKey,
            questionKey: input.questionKey ?? '',
          })
        : null;
    if (input.kind === 'RATING' && !question) {
      throw notFound('Question', 'questionKey');
    }
    const { state } = await this.documents.current(documentName(assessmentId, input.elementKey));
    const doc = docOf(state);
    try {
      if (input.kind === 'FINDING') {
        const text = findingText(doc, input.subElementKey, input.findingId ?? '');
        if (!text) {
          throw notFound('Finding', 'findingId');
        }
        return { statement: text.toJSON().slice(0, statementMaxLength), rating: null };
      }
      const rating = questionRating(doc, input.questionKey ?? '');
      if (!rating || !question) {
        throw notFound('Rating', 'questionKey');
      }
      return { statement: `${question.text}: ${rating}`.slice(0, statementMaxLength), rating };
    } finally {
      doc.destroy();
    }
  }
}

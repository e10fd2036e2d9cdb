import { documentName, readElementAssessment } from '@idgov/assessment-doc';
import { Injectable, Optional } from '@nestjs/common';
import * as Y from 'yjs';
import { AppError } from '../../core/errors/app-error.js';
import { CollabRooms } from '../collab/collab-rooms.service.js';

export interface ElementFinding {
  id: string;
  subElementKey: string;
  kind: string;
  text: string;
}

// The findings of an element document as it is now, through the collaboration module's seam (as
// versions do): with COLLAB_MODE=off this process holds no rooms and the document may be open in
// another process, so linking findings answers COLLAB_UNAVAILABLE rather than read a stale log.
@Injectable()
export class ElementFindings {
  constructor(@Optional() private readonly rooms?: CollabRooms) {}

  async of(assessmentId: string, elementKey: string): Promise<ElementFinding[]> {
    if (!this.rooms) {
      throw new AppError(
        'COLLAB_UNAVAILABLE',
        'This server does not run the collaboration server (COLLAB_MODE=off), so it cannot read findings',
        'findingIds',
      );
    }
    const state = await this.rooms.documentState(documentName(assessmentId, elementKey));
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, state);
      const { subElements } = readElementAssessment(doc);
      return Object.entries(subElements).flatMap(([subElementKey, s]) =>
        s.findings.map((f) => ({ id: f.id, subElementKey, kind: f.kind, text: f.text })),
      );
    } finally {
      doc.destroy();
    }
  }
}

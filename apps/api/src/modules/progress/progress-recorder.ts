import { figuresOf, readElementAssessment, stateHash } from '@idgov/assessment-doc';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type * as Y from 'yjs';
import { ElementProgressEntity } from './element-progress.entity.js';

// Writes an element document's figures. Derived data, rewritten whole from the document each
// time: no audit event of its own (the edit session that changed the document is audited).
@Injectable()
export class ProgressRecorder {
  constructor(private readonly dataSource: DataSource) {}

  async record(assessmentId: string, elementKey: string, doc: Y.Doc): Promise<void> {
    await this.dataSource.getRepository(ElementProgressEntity).upsert(
      {
        assessmentId,
        elementKey,
        figures: figuresOf(readElementAssessment(doc)),
        stateHash: stateHash(doc),
        updatedAt: new Date(),
      },
      ['assessmentId', 'elementKey'],
    );
  }
}

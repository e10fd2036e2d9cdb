import { documentName, readElementAssessment } from '@idgov/assessment-doc';
import type { Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { docOf, ElementDocuments } from './element-documents.js';
import { ElementAccess } from './element-access.js';
import type { ElementVersionEntity } from './element-version.entity.js';
import type { ElementFieldChangeObject } from './version-comparison.object.js';
import { compareSnapshots } from './version-diff.js';
import { VersionsService } from './versions.service.js';

export interface Comparison {
  from: ElementVersionEntity;
  to: ElementVersionEntity | null;
  changes: ElementFieldChangeObject[];
}

function read(state: Uint8Array) {
  const doc = docOf(state);
  try {
    return readElementAssessment(doc);
  } finally {
    doc.destroy();
  }
}

// What changed between two versions of an element, or between a version and the live document:
// the plain text of each answer, rationale, summary and finding, word by word, and the values
// of statuses, ratings, evidence and finding kinds.
@Injectable()
export class VersionComparisonService {
  constructor(
    private readonly access: ElementAccess,
    private readonly versions: VersionsService,
    private readonly documents: ElementDocuments,
  ) {}

  async compare(
    actor: Actor,
    assessmentId: string,
    elementKey: string,
    fromId: string,
    toId: string | null,
  ): Promise<Comparison> {
    await this.access.require(actor, assessmentId, elementKey, 'element.read');
    const from = await this.versions.find(assessmentId, elementKey, fromId, 'fromVersionId');
    const to = toId
      ? await this.versions.find(assessmentId, elementKey, toId, 'toVersionId')
      : null;
    const toState = to
      ? to.state
      : (await this.documents.current(documentName(assessmentId, elementKey))).state;
    return { from, to, changes: compareSnapshots(read(from.state), read(toState)) };
  }
}

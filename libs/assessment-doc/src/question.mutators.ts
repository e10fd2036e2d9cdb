import * as Y from 'yjs';
import {
  answerFragmentName,
  defaultQuestionStatus,
  evidenceArrayName,
  evidenceFields,
  rationaleTextName,
  rootNames,
  type EvidenceRef,
  type QuestionStatus,
  type Rating,
} from './assessment-doc.schema.js';
import {
  assertEvidenceRef,
  assertItemKey,
  assertQuestionStatus,
  assertRating,
  isQuestionStatus,
  isRating,
} from './assessment-doc.validate.js';
import {
  readEvidenceEntry,
  readEvidenceRefs,
  readRootArray,
  readRootMap,
  sameEvidenceRef,
} from './doc-read.util.js';

const questionKeyOf = (questionKey: string) => assertItemKey('question', questionKey);

export function setStatus(doc: Y.Doc, questionKey: string, status: QuestionStatus): void {
  const key = questionKeyOf(questionKey);
  doc.getMap<unknown>(rootNames.status).set(key, assertQuestionStatus(status));
}

export function questionStatus(doc: Y.Doc, questionKey: string): QuestionStatus {
  const value = readRootMap(doc, rootNames.status)?.get(questionKeyOf(questionKey));
  return isQuestionStatus(value) ? value : defaultQuestionStatus;
}

// null clears the rating (not rated yet), which is different from UNKNOWN (an information gap).
export function setRating(doc: Y.Doc, questionKey: string, rating: Rating | null): void {
  const key = questionKeyOf(questionKey);
  const map = doc.getMap<unknown>(rootNames.rating);
  if (rating === null) {
    map.delete(key);
    return;
  }
  map.set(key, assertRating(rating));
}

export function questionRating(doc: Y.Doc, questionKey: string): Rating | null {
  const value = readRootMap(doc, rootNames.rating)?.get(questionKeyOf(questionKey));
  return isRating(value) ? value : null;
}

export function rationaleText(doc: Y.Doc, questionKey: string): Y.Text {
  return doc.getText(rationaleTextName(questionKeyOf(questionKey)));
}

// The fragment an editor binds to; same as doc.getXmlFragment(answerFragmentName(key)).
export function answerFragment(doc: Y.Doc, questionKey: string): Y.XmlFragment {
  return doc.getXmlFragment(answerFragmentName(questionKeyOf(questionKey)));
}

export function evidenceRefs(doc: Y.Doc, questionKey: string): EvidenceRef[] {
  return readEvidenceRefs(doc, questionKeyOf(questionKey));
}

// Returns false when the question already cites exactly this evidence and pinpoint.
export function addEvidenceRef(doc: Y.Doc, questionKey: string, ref: EvidenceRef): boolean {
  const key = questionKeyOf(questionKey);
  const valid = assertEvidenceRef(ref);
  if (evidenceRefs(doc, key).some((known) => sameEvidenceRef(known, valid))) {
    return false;
  }
  const entry = new Y.Map<unknown>([
    [evidenceFields.evidenceId, valid.evidenceId],
    [evidenceFields.pinpoint, valid.pinpoint],
  ]);
  doc.getArray<unknown>(evidenceArrayName(key)).push([entry]);
  return true;
}

// Removes every copy of the reference (concurrent adds may have stored it twice); returns how
// many entries were removed.
export function removeEvidenceRef(doc: Y.Doc, questionKey: string, ref: EvidenceRef): number {
  const array = readRootArray(doc, evidenceArrayName(questionKeyOf(questionKey)));
  if (array === null) {
    return 0;
  }
  let removed = 0;
  doc.transact(() => {
    // Backwards, so deleting an entry does not shift the ones still to visit.
    for (let index = array.length - 1; index >= 0; index -= 1) {
      const entry = readEvidenceEntry(array.get(index));
      if (entry !== null && sameEvidenceRef(entry, ref)) {
        array.delete(index, 1);
        removed += 1;
      }
    }
  });
  return removed;
}

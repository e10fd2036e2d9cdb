import * as Y from 'yjs';
import {
  findingFields,
  findingsArrayName,
  summaryTextName,
  type FindingKind,
} from './assessment-doc.schema.js';
import { AssessmentDocError } from './assessment-doc.error.js';
import { assertFindingKind, assertItemKey } from './assessment-doc.validate.js';
import { readFindingEntry, readRootArray, type FindingEntry } from './doc-read.util.js';
import { randomUuid } from './random-id.util.js';

const subElementKeyOf = (subElementKey: string) => assertItemKey('sub-element', subElementKey);

function findFinding(doc: Y.Doc, subElementKey: string, findingId: string): FindingEntry | null {
  const array = readRootArray(doc, findingsArrayName(subElementKeyOf(subElementKey)));
  for (const item of array?.toArray() ?? []) {
    const entry = readFindingEntry(item);
    if (entry?.id === findingId) {
      return entry;
    }
  }
  return null;
}

// A finding is a map inserted whole into the sub-element's array; its Y.Text is created with it,
// so no other client can create the same nested text concurrently (see assessment-doc.schema.ts).
export function addFinding(
  doc: Y.Doc,
  subElementKey: string,
  kind: FindingKind,
  text = '',
): string {
  const key = subElementKeyOf(subElementKey);
  const validKind = assertFindingKind(kind);
  if (typeof text !== 'string') {
    throw new AssessmentDocError('Finding text must be a string');
  }
  const id = randomUuid();
  const finding = new Y.Map<unknown>([
    [findingFields.id, id],
    [findingFields.kind, validKind],
    [findingFields.text, new Y.Text(text)],
  ]);
  doc.getArray<unknown>(findingsArrayName(key)).push([finding]);
  return id;
}

// Returns false when no finding has this id.
export function removeFinding(doc: Y.Doc, subElementKey: string, findingId: string): boolean {
  const array = readRootArray(doc, findingsArrayName(subElementKeyOf(subElementKey)));
  if (array === null) {
    return false;
  }
  let removed = false;
  doc.transact(() => {
    for (let index = array.length - 1; index >= 0; index -= 1) {
      if (readFindingEntry(array.get(index))?.id === findingId) {
        array.delete(index, 1);
        removed = true;
      }
    }
  });
  return removed;
}

// The finding's collaborative text, or null when there is no such finding (or a bad client
// replaced its text with something else).
export function findingText(doc: Y.Doc, subElementKey: string, findingId: string): Y.Text | null {
  return findFinding(doc, subElementKey, findingId)?.text ?? null;
}

export function setFindingKind(
  doc: Y.Doc,
  subElementKey: string,
  findingId: string,
  kind: FindingKind,
): boolean {
  const validKind = assertFindingKind(kind);
  const entry = findFinding(doc, subElementKey, findingId);
  entry?.map.set(findingFields.kind, validKind);
  return entry !== null;
}

export function summaryText(doc: Y.Doc, subElementKey: string): Y.Text {
  return doc.getText(summaryTextName(subElementKeyOf(subElementKey)));
}

import * as Y from 'yjs';
import {
  evidenceArrayName,
  evidenceFields,
  findingFields,
  type EvidenceRef,
  type FindingKind,
} from './assessment-doc.schema.js';
import { isEvidenceRef, isFindingKind } from './assessment-doc.validate.js';

// Tolerant readers shared by the snapshot reader and the mutators. Content arrives from other
// clients, some of which may be buggy or hostile: anything of the wrong kind reads as absent.

function readRoot<T>(
  doc: Y.Doc,
  name: string,
  isKind: (type: unknown) => type is T,
  define: () => T,
): T | null {
  const existing = doc.share.get(name);
  if (existing === undefined) {
    return null;
  }
  if (isKind(existing)) {
    return existing;
  }
  // A root that only arrived in an update is a bare AbstractType until someone asks for it by
  // kind; asking converts it. A root already defined locally as another kind stays unreadable.
  if (existing.constructor !== Y.AbstractType) {
    return null;
  }
  try {
    return define();
  } catch {
    return null;
  }
}

export const readRootText = (doc: Y.Doc, name: string): Y.Text | null =>
  readRoot(
    doc,
    name,
    (t): t is Y.Text => t instanceof Y.Text,
    () => doc.getText(name),
  );

export const readRootFragment = (doc: Y.Doc, name: string): Y.XmlFragment | null =>
  readRoot(
    doc,
    name,
    (t): t is Y.XmlFragment => t instanceof Y.XmlFragment,
    () => doc.getXmlFragment(name),
  );

export const readRootArray = (doc: Y.Doc, name: string): Y.Array<unknown> | null =>
  readRoot(
    doc,
    name,
    (t): t is Y.Array<unknown> => t instanceof Y.Array,
    () => doc.getArray(name),
  );

export const readRootMap = (doc: Y.Doc, name: string): Y.Map<unknown> | null =>
  readRoot(
    doc,
    name,
    (t): t is Y.Map<unknown> => t instanceof Y.Map,
    () => doc.getMap(name),
  );

// The characters of a text without formatting. XmlText overrides toString to render formatting
// as XML tags, and toDelta opens a transaction, so we call Text's own toString.
export function plainText(text: Y.Text): string {
  return Y.Text.prototype.toString.call(text);
}

export function rootPlainText(doc: Y.Doc, name: string): string {
  const text = readRootText(doc, name);
  return text === null ? '' : plainText(text);
}

function asMap(item: unknown): Y.Map<unknown> | null {
  return item instanceof Y.Map ? (item as Y.Map<unknown>) : null;
}

export function readEvidenceEntry(item: unknown): EvidenceRef | null {
  const map = asMap(item);
  if (map === null) {
    return null;
  }
  const candidate = {
    evidenceId: map.get(evidenceFields.evidenceId),
    pinpoint: map.get(evidenceFields.pinpoint) ?? '',
  };
  return isEvidenceRef(candidate) ? candidate : null;
}

export type FindingEntry = {
  readonly id: string;
  readonly kind: FindingKind;
  readonly text: Y.Text | null;
  readonly map: Y.Map<unknown>;
};

export const findingIdMaxLength = 64;

export function readFindingEntry(item: unknown): FindingEntry | null {
  const map = asMap(item);
  if (map === null) {
    return null;
  }
  const id = map.get(findingFields.id);
  const kind = map.get(findingFields.kind);
  const text = map.get(findingFields.text);
  if (typeof id !== 'string' || id.length === 0 || id.length > findingIdMaxLength) {
    return null;
  }
  if (!isFindingKind(kind)) {
    return null;
  }
  return { id, kind, text: text instanceof Y.Text ? text : null, map };
}

export function sameEvidenceRef(a: EvidenceRef, b: EvidenceRef): boolean {
  return a.evidenceId === b.evidenceId && a.pinpoint === b.pinpoint;
}

// Two clients adding the same reference concurrently both insert it; it is still one reference.
export function readEvidenceRefs(doc: Y.Doc, questionKey: string): EvidenceRef[] {
  const refs: EvidenceRef[] = [];
  for (const item of readRootArray(doc, evidenceArrayName(questionKey))?.toArray() ?? []) {
    const ref = readEvidenceEntry(item);
    if (ref !== null && !refs.some((known) => sameEvidenceRef(known, ref))) {
      refs.push(ref);
    }
  }
  return refs;
}

import * as Y from 'yjs';
import { rootNames, rootPrefixes } from './assessment-doc.schema.js';
import { isItemKey, isQuestionStatus, isRating } from './assessment-doc.validate.js';
import {
  plainText,
  readRootArray,
  readRootFragment,
  readRootMap,
  readRootText,
} from './doc-read.util.js';
import { restoreItems, restoreText } from './minimal-edit.util.js';

// Restoring a named version is a new change on top of the live document, never a rewind: the
// target's history stays, peers merge the change like any other edit, and whatever was written
// since the version is removed by ordinary deletions. Only what differs is rewritten (common
// leading and trailing characters or blocks are kept), so a peer typing elsewhere keeps its
// place. The server-owned `meta` map and roots the schema does not know are left alone.

type RootKind = 'fragment' | 'text' | 'array';

const kindsByPrefix: readonly (readonly [string, RootKind])[] = [
  [rootPrefixes.answer, 'fragment'],
  [rootPrefixes.rationale, 'text'],
  [rootPrefixes.evidence, 'array'],
  [rootPrefixes.findings, 'array'],
  [rootPrefixes.summary, 'text'],
];

function kindOf(name: string): RootKind | null {
  for (const [prefix, kind] of kindsByPrefix) {
    if (name.startsWith(prefix)) {
      return isItemKey(name.slice(prefix.length)) ? kind : null;
    }
  }
  return null;
}

// A root of the target, created only when there is content to write into it. A root a bad
// client defined as another kind reads as null and is skipped.
function targetRoot<T>(doc: Y.Doc, name: string, read: () => T | null, define: () => T): T | null {
  return doc.share.has(name) ? read() : define();
}

const isXmlNode = (item: unknown): item is Y.XmlElement | Y.XmlText =>
  item instanceof Y.XmlElement || item instanceof Y.XmlText;

function restoreRoot(target: Y.Doc, source: Y.Doc, name: string, kind: RootKind): void {
  switch (kind) {
    case 'text': {
      const wanted = readRootText(source, name);
      const text = wanted === null ? '' : plainText(wanted);
      const root = targetRoot(
        target,
        name,
        () => readRootText(target, name),
        () => (text.length > 0 ? target.getText(name) : null),
      );
      if (root !== null) {
        restoreText(root, text);
      }
      return;
    }
    case 'fragment': {
      const wanted = (readRootFragment(source, name)?.toArray() ?? []).filter(isXmlNode);
      const root = targetRoot(
        target,
        name,
        () => readRootFragment(target, name),
        () => (wanted.length > 0 ? target.getXmlFragment(name) : null),
      );
      if (root !== null) {
        restoreItems(root, wanted, (index, items) => root.insert(index, items.filter(isXmlNode)));
      }
      return;
    }
    case 'array': {
      const wanted = readRootArray(source, name)?.toArray() ?? [];
      const root = targetRoot(
        target,
        name,
        () => readRootArray(target, name),
        () => (wanted.length > 0 ? target.getArray<unknown>(name) : null),
      );
      if (root !== null) {
        restoreItems(root, wanted, (index, items) => root.insert(index, items));
      }
      return;
    }
  }
}

// The per-question scalars: valid values of the source, and nothing else.
function restoreScalars(
  target: Y.Doc,
  source: Y.Doc,
  name: string,
  isValid: (value: unknown) => boolean,
): void {
  const wanted = readRootMap(source, name);
  const current = targetRoot(
    target,
    name,
    () => readRootMap(target, name),
    () => (wanted !== null && wanted.size > 0 ? target.getMap<unknown>(name) : null),
  );
  if (current === null) {
    return;
  }
  const keys = new Set([...current.keys(), ...(wanted?.keys() ?? [])]);
  for (const key of keys) {
    const value = wanted?.get(key);
    if (!isItemKey(key) || !isValid(value)) {
      if (current.has(key)) {
        current.delete(key);
      }
    } else if (current.get(key) !== value) {
      current.set(key, value);
    }
  }
}

// Makes the content of `target` equal to that of `source`, as `readElementAssessment` sees it,
// with as small a change as it can. Call inside a transaction of `target` to emit one update.
export function restoreContent(target: Y.Doc, source: Y.Doc): void {
  target.transact(() => {
    restoreScalars(target, source, rootNames.status, isQuestionStatus);
    restoreScalars(target, source, rootNames.rating, isRating);
    const names = new Set([...source.share.keys(), ...target.share.keys()]);
    for (const name of [...names].sort()) {
      const kind = kindOf(name);
      if (kind !== null) {
        restoreRoot(target, source, name, kind);
      }
    }
  });
}

import * as Y from 'yjs';
import { plainText } from './doc-read.util.js';

// Edits that turn one text or sequence into another while keeping what they share at both ends,
// so that peers editing elsewhere in it keep their place (used to restore a version).

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

// Lengths of the common prefix and suffix of two sequences, not overlapping.
function commonEnds<T>(a: readonly T[] | string, b: readonly T[] | string): [number, number] {
  const max = Math.min(a.length, b.length);
  let start = 0;
  while (start < max && a[start] === b[start]) {
    start += 1;
  }
  let end = 0;
  while (end < max - start && a[a.length - 1 - end] === b[b.length - 1 - end]) {
    end += 1;
  }
  return [start, end];
}

export function restoreText(target: Y.Text, wanted: string): void {
  const current = plainText(target);
  if (current === wanted) {
    return;
  }
  let [start, end] = commonEnds(current, wanted);
  // Never split a surrogate pair: Yjs counts UTF-16 code units.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) {
    start -= 1;
  }
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) {
    end -= 1;
  }
  target.delete(start, current.length - start - end);
  target.insert(start, wanted.slice(start, wanted.length - end));
}

// What makes two items of a fragment or an array the same content.
function fingerprint(item: unknown): string {
  if (item instanceof Y.XmlElement || item instanceof Y.XmlText) {
    return `xml:${item.toJSON()}`;
  }
  if (item instanceof Y.AbstractType) {
    return `type:${JSON.stringify(item.toJSON())}`;
  }
  return `value:${JSON.stringify(item) ?? ''}`;
}

const copyOf = (item: unknown): unknown => (item instanceof Y.AbstractType ? item.clone() : item);

interface Sequence {
  toArray(): unknown[];
  delete(index: number, length: number): void;
}

export function restoreItems(
  target: Sequence,
  wanted: readonly unknown[],
  insert: (index: number, items: unknown[]) => void,
): void {
  const current = target.toArray();
  const a = current.map(fingerprint);
  const b = wanted.map(fingerprint);
  const [start, end] = commonEnds(a, b);
  const removed = a.length - start - end;
  if (removed > 0) {
    target.delete(start, removed);
  }
  const added = wanted.slice(start, wanted.length - end).map(copyOf);
  if (added.length > 0) {
    insert(start, added);
  }
}

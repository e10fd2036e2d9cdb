import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { answerFragment, rationaleText, setRating, setStatus } from './question.mutators.js';
import { stateHash } from './state-hash.js';
import { addFinding, removeFinding, summaryText } from './sub-element.mutators.js';
import { newDoc, paragraph, recordUpdates } from './testing/docs.js';

const q = 'detail-1.q1';
const sub = 'sub-element-1';

// Two clients editing concurrently, each in many small transactions (as typing does), with
// deletions so that garbage collection and the delete set take part.
function editConcurrently(): Uint8Array[] {
  const a = newDoc(11);
  const b = newDoc(22);
  const updates = [...[a, b].map((doc) => recordUpdates(doc))];
  for (let i = 0; i < 12; i += 1) {
    rationaleText(a, q).insert(rationaleText(a, q).length, `a${i} `);
    summaryText(b, sub).insert(0, `b${i} `);
    if (i % 3 === 0) {
      rationaleText(a, q).delete(0, 2);
    }
    answerFragment(a, q).insert(answerFragment(a, q).length, [paragraph(`p${i}`, '!')]);
    setStatus(b, q, i % 2 === 0 ? 'DRAFTING' : 'READY_FOR_REVIEW');
    setRating(a, q, i % 2 === 0 ? 'PARTIAL' : 'NOT_MET');
    const finding = addFinding(b, sub, 'RISK', `risk ${i}`);
    if (i % 4 === 0) {
      removeFinding(b, sub, finding);
    }
  }
  return updates.flat();
}

// A seeded Fisher-Yates shuffle, so a failure reproduces.
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  for (let i = result.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

function docFrom(updates: readonly Uint8Array[], options: { gc?: boolean } = {}): Y.Doc {
  const doc = newDoc(undefined, options);
  updates.forEach((update) => Y.applyUpdate(doc, update));
  return doc;
}

describe('stateHash', () => {
  it('is a sha-256 hex digest', () => {
    expect(stateHash(newDoc())).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same for the same updates applied in any order or grouping', () => {
    const updates = editConcurrently();
    const reference = stateHash(docFrom(updates));
    const orders = [
      [...updates].reverse(),
      ...[1, 42, 2024].map((seed) => shuffled(updates, seed)),
      [Y.mergeUpdates(updates)],
      [Y.mergeUpdates(updates.slice(0, 30)), ...updates.slice(30)],
    ];
    for (const order of orders) {
      expect(stateHash(docFrom(order))).toBe(reference);
    }
  });

  it('shows that the raw encoding is already order-independent', () => {
    // The property the hash relies on; if Yjs ever changes it, this test says so first.
    const updates = editConcurrently();
    const raw = (order: Uint8Array[]) => Y.encodeStateAsUpdate(docFrom(order));
    expect(raw(shuffled(updates, 7))).toEqual(raw(updates));
  });

  it('hashes a document that keeps deleted content like one that collects it', () => {
    const updates = editConcurrently();
    const keeping = docFrom(updates, { gc: false });
    const collecting = docFrom(updates);
    expect(Y.encodeStateAsUpdate(keeping)).not.toEqual(Y.encodeStateAsUpdate(collecting));
    expect(stateHash(keeping)).toBe(stateHash(collecting));
  });

  it('changes with any edit and does not change the document it hashes', () => {
    const doc = docFrom(editConcurrently());
    const before = stateHash(doc);
    const updates = recordUpdates(doc);
    expect(stateHash(doc)).toBe(before);
    expect(updates).toHaveLength(0);
    setStatus(doc, 'detail-1.q2', 'DRAFTING');
    expect(stateHash(doc)).not.toBe(before);
  });
});

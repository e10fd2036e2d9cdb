import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { migrateDoc } from './migrate-doc.js';
import { addEvidenceRef, rationaleText, setRating, setStatus } from './question.mutators.js';
import { readElementAssessment } from './read-element-assessment.js';
import { addFinding, summaryText } from './sub-element.mutators.js';
import { appendParagraphs, newDoc, recordUpdates, syncDocs } from './testing/docs.js';

const q = 'detail-1.q1';
const other = 'detail-1.q2';
const sub = 'sub-element-1';

// Two clients open the same, still empty element offline and each starts writing; they meet
// later. Everything both wrote must survive.
function writeAs(doc: Y.Doc, who: string) {
  migrateDoc(doc);
  appendParagraphs(doc, q, [`${who} paragraph`]);
  rationaleText(doc, q).insert(0, `${who} rationale. `);
  addEvidenceRef(doc, q, { evidenceId: `ev-${who}`, pinpoint: 'p. 1' });
  addEvidenceRef(doc, q, { evidenceId: 'ev-shared', pinpoint: 'p. 2' });
  addFinding(doc, sub, 'WEAKNESS', `${who} finding`);
  summaryText(doc, sub).insert(0, `${who} summary. `);
}

describe('concurrent initialisation', () => {
  it('converges with every contribution kept', () => {
    const a = newDoc(1);
    const b = newDoc(2);
    writeAs(a, 'alice');
    setStatus(a, q, 'DRAFTING');
    writeAs(b, 'bob');
    setRating(b, other, 'NOT_MET');
    syncDocs(a, b);

    const snapshot = readElementAssessment(a);
    expect(readElementAssessment(b)).toEqual(snapshot);
    expect(snapshot.schemaVersion).toBe(1);
    const question = snapshot.questions[q];
    expect(question?.status).toBe('DRAFTING');
    expect(snapshot.questions[other]?.rating).toBe('NOT_MET');
    expect(question?.answer.split('\n').sort()).toEqual(['alice paragraph', 'bob paragraph']);
    expect(question?.rationale).toContain('alice rationale.');
    expect(question?.rationale).toContain('bob rationale.');
    // The reference both added counts once.
    expect(question?.evidence.map((ref) => ref.evidenceId).sort()).toEqual([
      'ev-alice',
      'ev-bob',
      'ev-shared',
    ]);
    const subElement = snapshot.subElements[sub];
    expect(subElement?.findings.map((f) => f.text).sort()).toEqual([
      'alice finding',
      'bob finding',
    ]);
    expect(subElement?.summary).toContain('alice summary.');
    expect(subElement?.summary).toContain('bob summary.');
  });

  it('converges when updates are relayed one by one in either order', () => {
    const a = newDoc(1);
    const b = newDoc(2);
    const fromA = recordUpdates(a);
    const fromB = recordUpdates(b);
    writeAs(a, 'alice');
    writeAs(b, 'bob');
    const c = newDoc(3);
    const d = newDoc(4);
    [...fromA, ...fromB].forEach((update) => Y.applyUpdate(c, update));
    [...fromB].reverse().forEach((update) => Y.applyUpdate(d, update));
    [...fromA].reverse().forEach((update) => Y.applyUpdate(d, update));
    expect(readElementAssessment(d)).toEqual(readElementAssessment(c));
    expect(readElementAssessment(c).subElements[sub]?.findings).toHaveLength(2);
  });

  it('keeps the last write for a status set concurrently, as one value', () => {
    const a = newDoc(1);
    const b = newDoc(2);
    setStatus(a, q, 'DRAFTING');
    setStatus(b, q, 'READY_FOR_REVIEW');
    syncDocs(a, b);
    expect(readElementAssessment(a).questions[q]?.status).toBe(
      readElementAssessment(b).questions[q]?.status,
    );
  });

  // Why the schema uses top-level named types (see assessment-doc.schema.ts): the nested layout
  // it avoids loses one client's data.
  it('would lose data with nested maps created by clients', () => {
    const a = newDoc(1);
    const b = newDoc(2);
    for (const [doc, field] of [
      [a, 'status'],
      [b, 'rating'],
    ] as const) {
      const entry = new Y.Map<string>();
      doc.getMap<Y.Map<string>>('questions').set(q, entry);
      entry.set(field, 'set');
    }
    syncDocs(a, b);
    const kept = a.getMap<Y.Map<string>>('questions').get(q);
    expect(kept?.size).toBe(1);
    expect(b.getMap<Y.Map<string>>('questions').get(q)?.toJSON()).toEqual(kept?.toJSON());
  });
});

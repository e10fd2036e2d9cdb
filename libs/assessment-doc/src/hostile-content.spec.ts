import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { answerPlainText } from './answer-text.js';
import { projectElementAssessment } from './project-element-assessment.js';
import {
  addEvidenceRef,
  evidenceRefs,
  questionRating,
  questionStatus,
  removeEvidenceRef,
} from './question.mutators.js';
import { readElementAssessment } from './read-element-assessment.js';
import { addFinding, findingText, removeFinding } from './sub-element.mutators.js';
import { newDoc, paragraph, recordUpdates } from './testing/docs.js';

// A bad client uses the raw Yjs API to store wrong types and values under our names.
function buildHostileUpdate(): Uint8Array {
  const bad = newDoc(666);
  const status = bad.getMap<unknown>('status');
  status.set('q1', 42);
  status.set('q2', 'DONE');
  status.set('q3', new Y.Map());
  status.set('Bad Key', 'DRAFTING');
  status.set('__proto__', 'DRAFTING');
  status.set('ok', 'DRAFTING');
  const rating = bad.getMap<unknown>('rating');
  rating.set('q1', 'EXCELLENT');
  rating.set('q2', null);
  rating.set('q3', ['MEETS_TARGET']);
  bad.getMap<unknown>('rationale:q1').set('text', 'not a text');
  bad.getText('answer:q2').insert(0, 'raw text where a fragment belongs');
  bad.getArray<unknown>('summary:s1').push(['not', 'a', 'text']);
  bad.getMap<unknown>('meta').set('schemaVersion', 'one');
  bad.getText('answer:../escape').insert(0, 'x');
  bad.getText('findings:UPPER').insert(0, 'x');
  bad.getText('summary:').insert(0, 'x');
  const evidence = bad.getArray<unknown>('evidence:ok');
  evidence.push(['a string', 42, null, true, new Y.Array(), new Y.Text('t')]);
  evidence.push([
    new Y.Map(),
    new Y.Map<unknown>([['evidenceId', 7]]),
    new Y.Map<unknown>([['evidenceId', '']]),
    new Y.Map<unknown>([
      ['evidenceId', 'ev'],
      ['pinpoint', 'p'.repeat(501)],
    ]),
    new Y.Map<unknown>([
      ['evidenceId', 'ev'],
      ['pinpoint', 12],
    ]),
    new Y.Map<unknown>([['evidenceId', 'ev-good']]),
  ]);
  const findings = bad.getArray<unknown>('findings:s2');
  findings.push([
    'string',
    new Y.Map<unknown>([
      ['id', 'f0'],
      ['kind', 'PRAISE'],
      ['text', new Y.Text('x')],
    ]),
    new Y.Map<unknown>([
      ['kind', 'RISK'],
      ['text', new Y.Text('no id')],
    ]),
    new Y.Map<unknown>([
      ['id', 5],
      ['kind', 'RISK'],
    ]),
    new Y.Map<unknown>([
      ['id', 'x'.repeat(65)],
      ['kind', 'RISK'],
    ]),
    new Y.Map<unknown>([
      ['id', 'f1'],
      ['kind', 'RISK'],
      ['text', 'plain string'],
    ]),
    new Y.Map<unknown>([
      ['id', 'f1'],
      ['kind', 'STRENGTH'],
      ['text', new Y.Text('dup')],
    ]),
    new Y.Map<unknown>([
      ['id', 'f2'],
      ['kind', 'WEAKNESS'],
      ['text', new Y.Text('kept')],
    ]),
  ]);
  // Embeds and formatting inside a text are not characters.
  const rationale = bad.getText('rationale:ok');
  rationale.insert(0, 'visible');
  rationale.insertEmbed(0, { image: 'x' });
  rationale.format(0, 3, { bold: true });
  // A tree far deeper than any editor makes, built node by node after integration.
  let parent: Y.XmlFragment = bad.getXmlFragment('answer:deep');
  for (let depth = 0; depth < 2000; depth += 1) {
    const child = new Y.XmlElement('div');
    parent.insert(0, [child]);
    parent = child;
  }
  parent.insert(0, [new Y.XmlText('too deep')]);
  const answer = bad.getXmlFragment('answer:ok');
  answer.insert(0, [paragraph('fine')]);
  // Hooks and raw values are legal fragment content at runtime, though the typings exclude them.
  answer.insert(1, [new Y.XmlHook('hook')] as unknown as Y.XmlElement[]);
  answer.insert(0, ['raw', 7, { a: 1 }] as unknown as Y.XmlElement[]);
  return Y.encodeStateAsUpdate(bad);
}

let hostile: Uint8Array | undefined;
const hostileUpdate = () => (hostile ??= buildHostileUpdate());

function expectToleratedOn(doc: Y.Doc) {
  const updates = recordUpdates(doc);
  const snapshot = readElementAssessment(doc);
  expect(updates).toHaveLength(0);
  expect(snapshot.schemaVersion).toBeNull();
  expect(Object.keys(snapshot.questions)).toEqual(['ok']);
  expect(snapshot.questions['ok']).toEqual({
    status: 'DRAFTING',
    rating: null,
    answer: 'fine',
    rationale: 'visible',
    evidence: [{ evidenceId: 'ev-good', pinpoint: '' }],
  });
  expect(snapshot.subElements).toEqual({
    s2: {
      summary: '',
      findings: [
        { id: 'f1', kind: 'RISK', text: '' },
        { id: 'f2', kind: 'WEAKNESS', text: 'kept' },
      ],
    },
  });
  expect(Object.getPrototypeOf(snapshot.questions)).toBe(Object.prototype);
  const projection = projectElementAssessment(doc, {
    s1: ['q1', 'q2', 'q3', 'deep'],
    s2: ['ok', 'constructor', 'toString'],
  });
  expect(projection.questionCount).toBe(7);
  expect(projection.statusCounts).toEqual({ NOT_STARTED: 6, DRAFTING: 1, READY_FOR_REVIEW: 0 });
  expect(projection.unratedCount).toBe(7);
  expect(projection.findingCounts).toEqual({
    STRENGTH: 0,
    WEAKNESS: 1,
    INFORMATION_GAP: 0,
    RISK: 1,
  });
  expect(projection.subElements[0]?.summaryLength).toBe(0);
  expect(updates).toHaveLength(0);
}

describe('hostile content', () => {
  it('is ignored by the reader and the projection when it arrives in an update', () => {
    const doc = newDoc(1);
    Y.applyUpdate(doc, hostileUpdate());
    expectToleratedOn(doc);
  });

  it('is ignored when our own types were instantiated before it arrived', () => {
    const doc = newDoc(1);
    for (const name of ['status', 'rating', 'meta', 'evidence:ok', 'findings:s2']) {
      doc.getMap(name);
    }
    doc.getText('rationale:q1');
    doc.getXmlFragment('answer:q2');
    doc.getText('summary:s1');
    Y.applyUpdate(doc, hostileUpdate());
    // The locally-defined maps hold the arrays' items as nothing readable; the reader skips them.
    expect(() => readElementAssessment(doc)).not.toThrow();
    expect(readElementAssessment(doc).questions['ok']?.status).toBe('DRAFTING');
  });

  it('never makes the single-value readers or the mutators throw', () => {
    const doc = newDoc(1);
    Y.applyUpdate(doc, hostileUpdate());
    expect(questionStatus(doc, 'q1')).toBe('NOT_STARTED');
    expect(questionRating(doc, 'q1')).toBeNull();
    expect(answerPlainText(doc, 'q2')).toBe('');
    expect(answerPlainText(doc, 'deep')).not.toContain('too deep');
    expect(evidenceRefs(doc, 'ok')).toEqual([{ evidenceId: 'ev-good', pinpoint: '' }]);
    expect(addEvidenceRef(doc, 'ok', { evidenceId: 'ev-good', pinpoint: '' })).toBe(false);
    expect(removeEvidenceRef(doc, 'ok', { evidenceId: 'ev-good', pinpoint: '' })).toBe(1);
    expect(findingText(doc, 's2', 'f1')).toBeNull();
    expect(findingText(doc, 's2', 'f2')?.toJSON()).toBe('kept');
    expect(removeFinding(doc, 's2', 'f1')).toBe(true);
    const id = addFinding(doc, 's2', 'RISK', 'new');
    expect(readElementAssessment(doc).subElements['s2']?.findings.map((f) => f.id)).toEqual([
      'f2',
      id,
    ]);
  });
});

import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addEvidenceRef, evidenceRefs, removeEvidenceRef } from './question.mutators.js';
import { readElementAssessment } from './read-element-assessment.js';
import { addFinding, findingText, removeFinding, setFindingKind } from './sub-element.mutators.js';
import { newDoc, syncDocs } from './testing/docs.js';

const q = 'detail-1.q1';
const sub = 'sub-element-1';

describe('evidence references', () => {
  it('adds a reference once per evidence and pinpoint', () => {
    const doc = newDoc();
    expect(addEvidenceRef(doc, q, { evidenceId: 'e1', pinpoint: 'art. 1' })).toBe(true);
    expect(addEvidenceRef(doc, q, { evidenceId: 'e1', pinpoint: 'art. 1' })).toBe(false);
    expect(addEvidenceRef(doc, q, { evidenceId: 'e1', pinpoint: 'art. 2' })).toBe(true);
    expect(evidenceRefs(doc, q)).toEqual([
      { evidenceId: 'e1', pinpoint: 'art. 1' },
      { evidenceId: 'e1', pinpoint: 'art. 2' },
    ]);
  });

  it('removes every copy, including those two clients added concurrently', () => {
    const a = newDoc(1);
    const b = newDoc(2);
    const ref = { evidenceId: 'e1', pinpoint: 'p. 4' };
    addEvidenceRef(a, q, ref);
    addEvidenceRef(b, q, ref);
    addEvidenceRef(b, q, { evidenceId: 'e2', pinpoint: '' });
    syncDocs(a, b);
    expect(b.getArray(`evidence:${q}`).length).toBe(3);
    expect(evidenceRefs(b, q)).toHaveLength(2);
    expect(removeEvidenceRef(b, q, ref)).toBe(2);
    expect(removeEvidenceRef(b, q, ref)).toBe(0);
    expect(removeEvidenceRef(b, 'detail-9.q9', ref)).toBe(0);
    syncDocs(a, b);
    expect(evidenceRefs(a, q)).toEqual([{ evidenceId: 'e2', pinpoint: '' }]);
  });
});

describe('findings', () => {
  it('gives each finding its own collaborative text', () => {
    const a = newDoc(1);
    const id = addFinding(a, sub, 'WEAKNESS', 'No appeal.');
    const b = newDoc(2);
    syncDocs(a, b);
    findingText(a, sub, id)?.insert(0, 'Fact: ');
    findingText(b, sub, id)?.insert(findingText(b, sub, id)?.length ?? 0, ' Source: law.');
    syncDocs(a, b);
    expect(readElementAssessment(b).subElements[sub]?.findings).toEqual([
      { id, kind: 'WEAKNESS', text: 'Fact: No appeal. Source: law.' },
    ]);
  });

  it('changes a kind and removes a finding by id', () => {
    const doc = newDoc();
    const first = addFinding(doc, sub, 'RISK', 'one');
    const second = addFinding(doc, sub, 'RISK', 'two');
    expect(setFindingKind(doc, sub, first, 'INFORMATION_GAP')).toBe(true);
    expect(setFindingKind(doc, sub, 'missing', 'RISK')).toBe(false);
    expect(removeFinding(doc, sub, second)).toBe(true);
    expect(removeFinding(doc, sub, second)).toBe(false);
    expect(removeFinding(doc, 'other-sub', first)).toBe(false);
    expect(findingText(doc, sub, second)).toBeNull();
    expect(readElementAssessment(doc).subElements[sub]?.findings).toEqual([
      { id: first, kind: 'INFORMATION_GAP', text: 'one' },
    ]);
  });

  it('keeps a finding edited by one client and removed by another removed', () => {
    const a = newDoc(1);
    const id = addFinding(a, sub, 'RISK', 'x');
    const b = newDoc(2);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    removeFinding(a, sub, id);
    findingText(b, sub, id)?.insert(0, 'late edit ');
    syncDocs(a, b);
    expect(readElementAssessment(a).subElements).toEqual({});
    expect(readElementAssessment(b).subElements).toEqual({});
  });
});

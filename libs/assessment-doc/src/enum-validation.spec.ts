import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { AssessmentDocError } from './assessment-doc.error.js';
import type { EvidenceRef, FindingKind, QuestionStatus, Rating } from './assessment-doc.schema.js';
import {
  addEvidenceRef,
  answerFragment,
  rationaleText,
  setRating,
  setStatus,
} from './question.mutators.js';
import { addFinding, setFindingKind, summaryText } from './sub-element.mutators.js';
import { newDoc, recordUpdates } from './testing/docs.js';

const q = 'detail-1.q1';
const sub = 'sub-element-1';

// Values as they may arrive from GraphQL input or untyped JavaScript.
const asStatus = (value: unknown) => value as QuestionStatus;
const asRating = (value: unknown) => value as Rating;
const asKind = (value: unknown) => value as FindingKind;

function expectRefusal(doc: Y.Doc, write: () => unknown, message: RegExp) {
  const updates = recordUpdates(doc);
  expect(write).toThrow(AssessmentDocError);
  expect(write).toThrow(message);
  expect(updates).toHaveLength(0);
}

describe('enum validation', () => {
  it('refuses unknown statuses and names the accepted ones', () => {
    const doc = newDoc();
    expectRefusal(
      doc,
      () => setStatus(doc, q, asStatus('DONE')),
      /Unknown question status "DONE"; expected one of NOT_STARTED, DRAFTING, READY_FOR_REVIEW/,
    );
    expectRefusal(doc, () => setStatus(doc, q, asStatus('drafting')), /Unknown question status/);
    expectRefusal(doc, () => setStatus(doc, q, asStatus(1)), /Unknown question status number/);
  });

  it('refuses unknown ratings but accepts null as "not rated"', () => {
    const doc = newDoc();
    expectRefusal(
      doc,
      () => setRating(doc, q, asRating('EXCELLENT')),
      /Unknown rating "EXCELLENT"; expected one of MEETS_TARGET, PARTIAL, NOT_MET, UNKNOWN, NOT_APPLICABLE/,
    );
    expectRefusal(doc, () => setRating(doc, q, asRating(undefined)), /Unknown rating undefined/);
    expect(() => setRating(doc, q, null)).not.toThrow();
  });

  it('refuses unknown finding kinds, on creation and on change', () => {
    const doc = newDoc();
    expectRefusal(
      doc,
      () => addFinding(doc, sub, asKind('OPPORTUNITY'), 'x'),
      /Unknown finding kind "OPPORTUNITY"; expected one of STRENGTH, WEAKNESS, INFORMATION_GAP, RISK/,
    );
    const id = addFinding(doc, sub, 'RISK', 'x');
    expectRefusal(doc, () => setFindingKind(doc, sub, id, asKind('risk')), /Unknown finding kind/);
    expectRefusal(
      doc,
      () => addFinding(doc, sub, 'RISK', asKind(42)),
      /Finding text must be a string/,
    );
  });

  it('accepts every declared value', () => {
    const doc = newDoc();
    for (const status of ['NOT_STARTED', 'DRAFTING', 'READY_FOR_REVIEW'] as const) {
      setStatus(doc, q, status);
    }
    for (const rating of [
      'MEETS_TARGET',
      'PARTIAL',
      'NOT_MET',
      'UNKNOWN',
      'NOT_APPLICABLE',
    ] as const) {
      setRating(doc, q, rating);
    }
    for (const kind of ['STRENGTH', 'WEAKNESS', 'INFORMATION_GAP', 'RISK'] as const) {
      addFinding(doc, sub, kind);
    }
  });

  it('refuses malformed question and sub-element keys', () => {
    const doc = newDoc();
    for (const key of ['', 'Q1', 'a b', 'answer:q1', '-q', 'q.', '__proto__', 'x'.repeat(129)]) {
      expectRefusal(doc, () => setStatus(doc, key, 'DRAFTING'), /Invalid question key/);
      expectRefusal(doc, () => rationaleText(doc, key), /Invalid question key/);
      expectRefusal(doc, () => answerFragment(doc, key), /Invalid question key/);
      expectRefusal(doc, () => addFinding(doc, key, 'RISK'), /Invalid sub-element key/);
      expectRefusal(doc, () => summaryText(doc, key), /Invalid sub-element key/);
    }
  });

  it('refuses evidence references without an id or with oversized fields', () => {
    const doc = newDoc();
    const bad: unknown[] = [
      { evidenceId: '', pinpoint: '' },
      { evidenceId: '   ', pinpoint: '' },
      { evidenceId: 'x'.repeat(129), pinpoint: '' },
      { evidenceId: 'ev', pinpoint: 'p'.repeat(501) },
      { evidenceId: 7, pinpoint: '' },
      { evidenceId: 'ev' },
    ];
    for (const ref of bad) {
      expectRefusal(
        doc,
        () => addEvidenceRef(doc, q, ref as EvidenceRef),
        /Invalid evidence reference/,
      );
    }
  });
});

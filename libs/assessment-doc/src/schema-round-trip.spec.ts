import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { answerFragmentName, assessmentDocSchemaVersion } from './assessment-doc.schema.js';
import { migrateDoc } from './migrate-doc.js';
import {
  addEvidenceRef,
  answerFragment,
  rationaleText,
  setRating,
  setStatus,
} from './question.mutators.js';
import { readElementAssessment } from './read-element-assessment.js';
import { addFinding, summaryText } from './sub-element.mutators.js';
import { appendParagraphs, newDoc, paragraph } from './testing/docs.js';

const q1 = 'government-service-requirements.q1';
const q2 = 'custom-0a1b2c3d4e5f';
const sub = 'id-requirements-for-government-services';

function writeEverything(doc: Y.Doc) {
  migrateDoc(doc);
  appendParagraphs(doc, q1, ['First block.', 'Second block.']);
  answerFragment(doc, q1).insert(2, [paragraph('Third ', 'bold')]);
  setStatus(doc, q1, 'DRAFTING');
  setRating(doc, q1, 'PARTIAL');
  rationaleText(doc, q1).insert(0, 'Law exists, not applied.');
  addEvidenceRef(doc, q1, { evidenceId: 'ev-1', pinpoint: 'art. 12(3)' });
  addEvidenceRef(doc, q1, { evidenceId: 'ev-2', pinpoint: '' });
  setStatus(doc, q2, 'READY_FOR_REVIEW');
  setRating(doc, q2, 'UNKNOWN');
  const strength = addFinding(doc, sub, 'STRENGTH', 'Free registration.');
  const gap = addFinding(doc, sub, 'INFORMATION_GAP');
  summaryText(doc, sub).insert(0, 'Mostly in place.');
  return { strength, gap };
}

describe('schema round trip', () => {
  it('reads back everything written, after encoding and decoding', () => {
    const source = newDoc(1);
    const { strength, gap } = writeEverything(source);
    const copy = newDoc(2);
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(source));

    const expected = {
      schemaVersion: assessmentDocSchemaVersion,
      questions: {
        [q2]: {
          status: 'READY_FOR_REVIEW',
          rating: 'UNKNOWN',
          answer: '',
          rationale: '',
          evidence: [],
        },
        [q1]: {
          status: 'DRAFTING',
          rating: 'PARTIAL',
          answer: 'First block.\nSecond block.\nThird bold',
          rationale: 'Law exists, not applied.',
          evidence: [
            { evidenceId: 'ev-1', pinpoint: 'art. 12(3)' },
            { evidenceId: 'ev-2', pinpoint: '' },
          ],
        },
      },
      subElements: {
        [sub]: {
          summary: 'Mostly in place.',
          findings: [
            { id: strength, kind: 'STRENGTH', text: 'Free registration.' },
            { id: gap, kind: 'INFORMATION_GAP', text: '' },
          ],
        },
      },
    };
    expect(readElementAssessment(source)).toEqual(expected);
    expect(readElementAssessment(copy)).toEqual(expected);
    // Sorted keys: the snapshot's JSON does not depend on write order.
    expect(Object.keys(readElementAssessment(copy).questions)).toEqual([q2, q1]);
  });

  it('stores answers as top-level fragments that an editor binds by name', () => {
    const doc = newDoc();
    appendParagraphs(doc, q1, ['Hello']);
    expect(answerFragmentName(q1)).toBe(`answer:${q1}`);
    expect(answerFragment(doc, q1)).toBe(doc.getXmlFragment(answerFragmentName(q1)));
    expect(doc.getXmlFragment(answerFragmentName(q1)).toJSON()).toBe(
      '<paragraph>Hello</paragraph>',
    );
  });

  it('gives finding ids as version 4 uuids', () => {
    const doc = newDoc();
    const id = addFinding(doc, sub, 'RISK', 'x');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('lists only questions and sub-elements with content, whatever a peer instantiated', () => {
    const doc = newDoc();
    // An editor that binds an empty answer and opens empty texts creates the types, not content.
    answerFragment(doc, q1).insert(0, [new Y.XmlElement('paragraph')]);
    rationaleText(doc, q1);
    summaryText(doc, sub);
    expect(readElementAssessment(doc)).toEqual({
      schemaVersion: null,
      questions: {},
      subElements: {},
    });
    setRating(doc, q1, null);
    expect(readElementAssessment(doc).questions).toEqual({});
  });
});

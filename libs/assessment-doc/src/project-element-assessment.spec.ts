import { describe, expect, it } from 'vitest';
import { projectElementAssessment, projectSnapshot } from './project-element-assessment.js';
import { addEvidenceRef, rationaleText, setRating, setStatus } from './question.mutators.js';
import { readElementAssessment } from './read-element-assessment.js';
import { addFinding, summaryText } from './sub-element.mutators.js';
import { appendParagraphs, newDoc } from './testing/docs.js';

const structure = {
  'sub-a': ['a.q1', 'a.q2'],
  'sub-b': ['b.q1'],
};

function buildDoc() {
  const doc = newDoc();
  appendParagraphs(doc, 'a.q1', ['12345', 'é']);
  rationaleText(doc, 'a.q1').insert(0, 'why');
  setStatus(doc, 'a.q1', 'READY_FOR_REVIEW');
  setRating(doc, 'a.q1', 'MEETS_TARGET');
  addEvidenceRef(doc, 'a.q1', { evidenceId: 'e1', pinpoint: '' });
  addEvidenceRef(doc, 'a.q1', { evidenceId: 'e1', pinpoint: 's. 2' });
  setStatus(doc, 'a.q2', 'DRAFTING');
  setRating(doc, 'a.q2', 'UNKNOWN');
  addFinding(doc, 'sub-a', 'STRENGTH', 's');
  addFinding(doc, 'sub-a', 'RISK', 'r');
  addFinding(doc, 'sub-b', 'RISK', 'r');
  summaryText(doc, 'sub-b').insert(0, 'summary');
  // Content of a question and a sub-element that are no longer enabled.
  setStatus(doc, 'gone.q1', 'DRAFTING');
  addFinding(doc, 'sub-gone', 'WEAKNESS', 'w');
  return doc;
}

describe('projectElementAssessment', () => {
  it('gives per-question figures in the order of the structure', () => {
    const projection = projectElementAssessment(buildDoc(), structure);
    expect(projection.subElements.map((s) => s.subElementKey)).toEqual(['sub-a', 'sub-b']);
    expect(projection.subElements[0]?.questions).toEqual([
      {
        questionKey: 'a.q1',
        status: 'READY_FOR_REVIEW',
        rating: 'MEETS_TARGET',
        answerLength: 7,
        rationaleLength: 3,
        evidenceCount: 2,
      },
      {
        questionKey: 'a.q2',
        status: 'DRAFTING',
        rating: 'UNKNOWN',
        answerLength: 0,
        rationaleLength: 0,
        evidenceCount: 0,
      },
    ]);
    expect(projection.subElements[1]?.questions[0]).toMatchObject({
      questionKey: 'b.q1',
      status: 'NOT_STARTED',
      rating: null,
    });
  });

  it('counts statuses, ratings and findings per sub-element and for the element', () => {
    const projection = projectElementAssessment(buildDoc(), structure);
    const [a, b] = projection.subElements;
    expect(a).toMatchObject({
      questionCount: 2,
      summaryLength: 0,
      statusCounts: { NOT_STARTED: 0, DRAFTING: 1, READY_FOR_REVIEW: 1 },
      ratingCounts: { MEETS_TARGET: 1, PARTIAL: 0, NOT_MET: 0, UNKNOWN: 1, NOT_APPLICABLE: 0 },
      unratedCount: 0,
      findingCounts: { STRENGTH: 1, WEAKNESS: 0, INFORMATION_GAP: 0, RISK: 1 },
    });
    expect(b).toMatchObject({ questionCount: 1, summaryLength: 7, unratedCount: 1 });
    expect(projection).toMatchObject({
      schemaVersion: null,
      questionCount: 3,
      statusCounts: { NOT_STARTED: 1, DRAFTING: 1, READY_FOR_REVIEW: 1 },
      unratedCount: 1,
      // Nothing from the disabled sub-element or question.
      findingCounts: { STRENGTH: 1, WEAKNESS: 0, INFORMATION_GAP: 0, RISK: 2 },
    });
  });

  it('is a pure function of the snapshot', () => {
    const snapshot = readElementAssessment(buildDoc());
    expect(projectSnapshot(snapshot, structure)).toEqual(projectSnapshot(snapshot, structure));
    expect(projectSnapshot(snapshot, {})).toMatchObject({ questionCount: 0, subElements: [] });
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFinding, summaryText } from './sub-element.mutators.js';
import { rationaleText, setRating, setStatus } from './question.mutators.js';
import {
  figuresOf,
  projectElementAssessment,
  projectFigures,
} from './project-element-assessment.js';
import { readElementAssessment } from './read-element-assessment.js';

function buildDoc(): Y.Doc {
  const doc = new Y.Doc();
  setStatus(doc, 'q-1', 'DRAFTING');
  setRating(doc, 'q-1', 'PARTIAL');
  rationaleText(doc, 'q-1').insert(0, 'Half of the registry is digitised.');
  setStatus(doc, 'q-3', 'READY_FOR_REVIEW');
  addFinding(doc, 'sub-a', 'WEAKNESS', 'No appeal route');
  addFinding(doc, 'sub-b', 'STRENGTH', 'Independent regulator');
  summaryText(doc, 'sub-a').insert(0, 'Summary');
  return doc;
}

describe('element figures', () => {
  const structure = { 'sub-a': ['q-1', 'q-2'], 'sub-b': ['q-3'] };

  it('project exactly as the document does, without any of its text', () => {
    const doc = buildDoc();
    const figures = figuresOf(readElementAssessment(doc));
    expect(projectFigures(figures, structure)).toEqual(projectElementAssessment(doc, structure));
    expect(JSON.stringify(figures)).not.toMatch(/registry|appeal|regulator|Summary/);
  });

  it('recount over a changed structure, leaving out what is no longer in it', () => {
    const figures = figuresOf(readElementAssessment(buildDoc()));
    const narrowed = projectFigures(figures, { 'sub-a': ['q-1', 'q-2'] });
    expect(narrowed.questionCount).toBe(2);
    expect(narrowed.statusCounts).toEqual({ NOT_STARTED: 1, DRAFTING: 1, READY_FOR_REVIEW: 0 });
    expect(narrowed.findingCounts.STRENGTH).toBe(0);
    expect(narrowed.findingCounts.WEAKNESS).toBe(1);
  });
});

import {
  defaultQuestionStatus,
  type ElementAssessmentSnapshot,
  type EvidenceRef,
  type FindingSnapshot,
  type QuestionSnapshot,
  type SubElementSnapshot,
} from '@idgov/assessment-doc';
import { diffArrays, diffWordsWithSpace, type ChangeObject } from 'diff';
import type {
  DiffHunkKind,
  DiffHunkObject,
  ElementFieldChangeObject,
  VersionField,
} from './version-comparison.object.js';

// A pathological pair of long texts must not hold the event loop: past this, the diff of a
// field is given whole (all removed, all added).
const diffTimeoutMs = 250;

const noQuestion: QuestionSnapshot = {
  status: defaultQuestionStatus,
  rating: null,
  answer: '',
  rationale: '',
  evidence: [],
};
const noSubElement: SubElementSnapshot = { summary: '', findings: [] };

const kindOf = (change: ChangeObject<unknown>): DiffHunkKind =>
  change.added ? 'ADDED' : change.removed ? 'REMOVED' : 'UNCHANGED';

function whole(from: string | null, to: string | null): DiffHunkObject[] {
  return [
    ...(from ? [{ kind: 'REMOVED' as const, text: from }] : []),
    ...(to ? [{ kind: 'ADDED' as const, text: to }] : []),
  ];
}

// Word by word, keeping whitespace and line breaks, so that the hunks of each side concatenate
// back to its text.
export function textHunks(from: string, to: string): DiffHunkObject[] {
  const changes = diffWordsWithSpace(from, to, { timeout: diffTimeoutMs });
  if (!changes) {
    return whole(from, to);
  }
  return changes.map((c) => ({ kind: kindOf(c), text: c.value }));
}

const evidenceLine = (ref: EvidenceRef) =>
  ref.pinpoint ? `${ref.evidenceId}, ${ref.pinpoint}` : ref.evidenceId;

function listHunks(from: readonly string[], to: readonly string[]): DiffHunkObject[] {
  return diffArrays([...from], [...to]).flatMap((c) =>
    c.value.map((text) => ({ kind: kindOf(c), text })),
  );
}

type Change = Omit<ElementFieldChangeObject, 'itemKind' | 'itemKey'>;

function changed(field: VersionField, hunks: DiffHunkObject[], findingId: string | null = null) {
  const differs = hunks.some((h) => h.kind !== 'UNCHANGED');
  return differs ? [{ field, findingId, hunks }] : [];
}

function questionChanges(a: QuestionSnapshot, b: QuestionSnapshot): Change[] {
  return [
    ...changed('STATUS', a.status === b.status ? [] : whole(a.status, b.status)),
    ...changed('RATING', a.rating === b.rating ? [] : whole(a.rating, b.rating)),
    ...changed('ANSWER', a.answer === b.answer ? [] : textHunks(a.answer, b.answer)),
    ...changed('RATIONALE', a.rationale === b.rationale ? [] : textHunks(a.rationale, b.rationale)),
    ...changed('EVIDENCE', listHunks(a.evidence.map(evidenceLine), b.evidence.map(evidenceLine))),
  ];
}

// Findings are matched by id; the kind of one added or removed is given with its text.
function findingChanges(a: readonly FindingSnapshot[], b: readonly FindingSnapshot[]): Change[] {
  const ids = [...new Set([...b.map((f) => f.id), ...a.map((f) => f.id)])];
  return ids.flatMap((id) => {
    const before = a.find((f) => f.id === id);
    const after = b.find((f) => f.id === id);
    const kinds =
      before?.kind === after?.kind ? [] : whole(before?.kind ?? null, after?.kind ?? null);
    const from = before?.text ?? '';
    const to = after?.text ?? '';
    return [
      ...changed('FINDING_KIND', kinds, id),
      ...changed('FINDING', from === to && before && after ? [] : textHunks(from, to), id),
    ];
  });
}

function subElementChanges(a: SubElementSnapshot, b: SubElementSnapshot): Change[] {
  return [
    ...changed('SUMMARY', a.summary === b.summary ? [] : textHunks(a.summary, b.summary)),
    ...findingChanges(a.findings, b.findings),
  ];
}

const keysOf = (a: object, b: object) =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();

// Every field that differs between two readings of an element document, question by question
// and sub-element by sub-element (keys in order).
export function compareSnapshots(
  from: ElementAssessmentSnapshot,
  to: ElementAssessmentSnapshot,
): ElementFieldChangeObject[] {
  const questions = keysOf(from.questions, to.questions).flatMap((key) =>
    questionChanges(from.questions[key] ?? noQuestion, to.questions[key] ?? noQuestion).map(
      (c) => ({ ...c, itemKind: 'QUESTION' as const, itemKey: key }),
    ),
  );
  const subElements = keysOf(from.subElements, to.subElements).flatMap((key) =>
    subElementChanges(
      from.subElements[key] ?? noSubElement,
      to.subElements[key] ?? noSubElement,
    ).map((c) => ({ ...c, itemKind: 'SUB_ELEMENT' as const, itemKey: key })),
  );
  return [...questions, ...subElements];
}

import {
  addFinding,
  answerFragment,
  answerPlainText,
  findingText,
  questionRating,
  readElementAssessment,
  setFindingKind,
  setRating,
  type FindingKind,
  type Rating,
} from '@idgov/assessment-doc';
import * as Y from 'yjs';

// The structured field a suggestion is about, and its value, read from and written to an element
// document. Kept free of the database so the web and tests can reason about it the same way.
export type SuggestionTarget =
  | { kind: 'RATING'; questionKey: string }
  | { kind: 'ANSWER'; questionKey: string }
  | { kind: 'FINDING'; subElementKey: string; findingId: string | null };

export interface FieldValue {
  rating: Rating | null;
  findingKind: FindingKind | null;
  text: string | null;
}

const empty: FieldValue = { rating: null, findingKind: null, text: null };

// The field's value now; null when the target finding does not exist (any more).
export function readField(doc: Y.Doc, target: SuggestionTarget): FieldValue | null {
  switch (target.kind) {
    case 'RATING':
      return { ...empty, rating: questionRating(doc, target.questionKey) };
    case 'ANSWER':
      return { ...empty, text: answerPlainText(doc, target.questionKey) };
    case 'FINDING': {
      if (target.findingId === null) {
        return empty;
      }
      const findings = readElementAssessment(doc).subElements[target.subElementKey]?.findings;
      const finding = findings?.find((f) => f.id === target.findingId);
      return finding ? { ...empty, findingKind: finding.kind, text: finding.text } : null;
    }
  }
}

export function sameValue(a: FieldValue, b: FieldValue): boolean {
  return a.rating === b.rating && a.findingKind === b.findingKind && a.text === b.text;
}

// Rewrites only what differs between the two strings (common ends kept), so that someone typing
// elsewhere in the same text keeps their place.
function replaceText(text: Y.Text, wanted: string): void {
  const current = text.toJSON();
  let start = 0;
  while (start < current.length && start < wanted.length && current[start] === wanted[start]) {
    start += 1;
  }
  let end = 0;
  while (
    end < current.length - start &&
    end < wanted.length - start &&
    current[current.length - 1 - end] === wanted[wanted.length - 1 - end]
  ) {
    end += 1;
  }
  text.delete(start, current.length - start - end);
  text.insert(start, wanted.slice(start, wanted.length - end));
}

// An answer proposed as plain text becomes one paragraph per line, as the web editor writes it.
function replaceAnswer(doc: Y.Doc, questionKey: string, wanted: string): void {
  const fragment = answerFragment(doc, questionKey);
  fragment.delete(0, fragment.length);
  const paragraphs = wanted.split('\n').map((line) => {
    const paragraph = new Y.XmlElement('paragraph');
    if (line.length > 0) {
      const run = new Y.XmlText();
      run.insert(0, line);
      paragraph.insert(0, [run]);
    }
    return paragraph;
  });
  fragment.insert(0, paragraphs);
}

// Writes the proposal into the document; returns the id of a finding it created, if any.
export function applyProposal(
  doc: Y.Doc,
  target: SuggestionTarget,
  proposal: FieldValue,
): string | null {
  switch (target.kind) {
    case 'RATING':
      setRating(doc, target.questionKey, proposal.rating);
      return null;
    case 'ANSWER':
      if (answerPlainText(doc, target.questionKey) !== proposal.text) {
        replaceAnswer(doc, target.questionKey, proposal.text ?? '');
      }
      return null;
    case 'FINDING': {
      const kind = proposal.findingKind ?? 'WEAKNESS';
      if (target.findingId === null) {
        return addFinding(doc, target.subElementKey, kind, proposal.text ?? '');
      }
      const text = findingText(doc, target.subElementKey, target.findingId);
      if (text) {
        replaceText(text, proposal.text ?? '');
        if (readField(doc, target)?.findingKind !== kind) {
          setFindingKind(doc, target.subElementKey, target.findingId, kind);
        }
      }
      return null;
    }
  }
}

import { answerPlainText, questionRating, readElementAssessment } from '@idgov/assessment-doc';
import type * as Y from 'yjs';
import type { SuggestChangeInput, SuggestedFindingKind, SuggestedRating } from '../../gql/graphql';

// The field a suggestion is about, with the label people know it by (question number or
// sub-element title).
export type SuggestTarget =
  | { readonly kind: 'RATING'; readonly questionKey: string; readonly label: string }
  | { readonly kind: 'ANSWER'; readonly questionKey: string; readonly label: string }
  | {
      readonly kind: 'FINDING';
      readonly subElementKey: string;
      readonly findingId: string | null;
      readonly label: string;
    };

export type CurrentValue = {
  rating: string | null;
  findingKind: string | null;
  text: string | null;
};

// The field's value in the live document as this person sees it now (the server reads it again).
export function currentValue(doc: Y.Doc, target: SuggestTarget): CurrentValue {
  const none: CurrentValue = { rating: null, findingKind: null, text: null };
  try {
    switch (target.kind) {
      case 'RATING':
        return { ...none, rating: questionRating(doc, target.questionKey) };
      case 'ANSWER':
        return { ...none, text: answerPlainText(doc, target.questionKey) };
      case 'FINDING': {
        const finding = readElementAssessment(doc).subElements[target.subElementKey]?.findings.find(
          (f) => f.id === target.findingId,
        );
        return finding ? { ...none, findingKind: finding.kind, text: finding.text } : none;
      }
    }
  } catch {
    // A key the document schema refuses reads as empty; the server will say what is wrong.
    return none;
  }
}

export function suggestionInput(
  assessmentId: string,
  elementKey: string,
  target: SuggestTarget,
  draft: {
    rating: SuggestedRating | null;
    findingKind: SuggestedFindingKind | null;
    text: string;
    reason: string;
  },
): SuggestChangeInput {
  const common = { assessmentId, elementKey, kind: target.kind, reason: draft.reason.trim() };
  switch (target.kind) {
    case 'RATING':
      return { ...common, questionKey: target.questionKey, proposedRating: draft.rating };
    case 'ANSWER':
      return { ...common, questionKey: target.questionKey, proposedText: draft.text.trim() };
    case 'FINDING':
      return {
        ...common,
        subElementKey: target.subElementKey,
        findingId: target.findingId,
        proposedFindingKind: draft.findingKind,
        proposedText: draft.text.trim(),
      };
  }
}

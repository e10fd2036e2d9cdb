import type { DiscussionAnchor } from './discussion-access.js';
import type { FieldValue, SuggestionTarget } from './suggestion-fields.js';
import type { SuggestionEntity } from './suggestion.entity.js';

// A stored (or about to be stored) suggestion seen as a field of the document and two values.
type SuggestionFields = Pick<
  SuggestionEntity,
  | 'kind'
  | 'questionKey'
  | 'subElementKey'
  | 'findingId'
  | 'currentRating'
  | 'currentFindingKind'
  | 'currentText'
  | 'proposedRating'
  | 'proposedFindingKind'
  | 'proposedText'
>;

export function targetOf(
  s: Pick<SuggestionFields, 'kind' | 'questionKey' | 'subElementKey' | 'findingId'>,
): SuggestionTarget {
  switch (s.kind) {
    case 'RATING':
      return { kind: 'RATING', questionKey: s.questionKey ?? '' };
    case 'ANSWER':
      return { kind: 'ANSWER', questionKey: s.questionKey ?? '' };
    case 'FINDING':
      return { kind: 'FINDING', subElementKey: s.subElementKey ?? '', findingId: s.findingId };
  }
}

export function anchorOf(target: SuggestionTarget): DiscussionAnchor {
  return target.kind === 'FINDING'
    ? { kind: 'subElement', subElementKey: target.subElementKey }
    : { kind: 'question', questionKey: target.questionKey };
}

export const currentOf = (s: SuggestionFields): FieldValue => ({
  rating: s.currentRating,
  findingKind: s.currentFindingKind,
  text: s.currentText,
});

export const proposalOf = (s: SuggestionFields): FieldValue => ({
  rating: s.proposedRating,
  findingKind: s.proposedFindingKind,
  text: s.proposedText,
});

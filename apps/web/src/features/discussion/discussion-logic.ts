import type {
  CommentThreadFieldsFragment,
  SuggestionFieldsFragment,
  SuggestionKind,
} from '../../gql/graphql';

// What a discussion is anchored to in the element workspace: a question or a sub-element.
export type Anchor =
  | { readonly kind: 'question'; readonly key: string }
  | { readonly kind: 'subElement'; readonly key: string };

export const anchorId = (anchor: Anchor): string => `${anchor.kind}:${anchor.key}`;

export function anchorOfThread(
  thread: Pick<CommentThreadFieldsFragment, 'questionKey' | 'subElementKey'>,
): Anchor | null {
  if (thread.questionKey) {
    return { kind: 'question', key: thread.questionKey };
  }
  return thread.subElementKey ? { kind: 'subElement', key: thread.subElementKey } : null;
}

// Open threads per anchor, for the count badges beside each question and sub-element.
export function openThreadCounts(
  threads: readonly Pick<
    CommentThreadFieldsFragment,
    'questionKey' | 'subElementKey' | 'resolved'
  >[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    const anchor = anchorOfThread(thread);
    if (anchor && !thread.resolved) {
      counts.set(anchorId(anchor), (counts.get(anchorId(anchor)) ?? 0) + 1);
    }
  }
  return counts;
}

export function threadsOf<
  T extends Pick<CommentThreadFieldsFragment, 'questionKey' | 'subElementKey' | 'resolved'>,
>(threads: readonly T[], anchor: Anchor): T[] {
  const wanted = anchorId(anchor);
  // Open threads first, then resolved ones, each in the order they were started.
  return threads
    .filter((t) => {
      const a = anchorOfThread(t);
      return a !== null && anchorId(a) === wanted;
    })
    .sort((x, y) => Number(x.resolved) - Number(y.resolved));
}

// Who may do what with suggestions, from the element's viewerActions and the assessment's
// permissions computed by the API with the one policy. Suggesting is offered to those who may
// suggest but not edit (editors change the document directly).
export type DiscussionAbilities = {
  readonly suggest: boolean;
  readonly comment: boolean;
  readonly decide: boolean;
  readonly moderate: boolean;
};

export function discussionAbilities(input: {
  viewerActions: readonly string[] | undefined;
  permissions: readonly string[];
  canEdit: boolean;
  archived: boolean;
}): DiscussionAbilities {
  const actions = input.viewerActions ?? [];
  const active = !input.archived;
  return {
    suggest: active && !input.canEdit && actions.includes('element.suggest'),
    comment: active && actions.includes('element.comment'),
    decide: active && input.permissions.includes('suggestions.decide'),
    moderate: active && input.permissions.includes('comments.moderate'),
  };
}

export const pendingCount = (suggestions: readonly Pick<SuggestionFieldsFragment, 'status'>[]) =>
  suggestions.filter((s) => s.status === 'PENDING').length;

export const mayWithdraw = (s: Pick<SuggestionFieldsFragment, 'status' | 'createdByYou'>) =>
  s.createdByYou && s.status === 'PENDING';

// The translation key of what a suggestion is about, with its values for interpolation.
export function suggestionTarget(
  s: Pick<SuggestionFieldsFragment, 'kind' | 'findingId'>,
): `discussion.target.${'RATING' | 'ANSWER' | 'FINDING' | 'NEW_FINDING'}` {
  if (s.kind === 'FINDING' && s.findingId === null) {
    return 'discussion.target.NEW_FINDING';
  }
  return `discussion.target.${s.kind}`;
}

export type SuggestionDraft = {
  kind: SuggestionKind;
  rating: string | null;
  findingKind: string | null;
  text: string;
  reason: string;
};

export type DraftProblem = 'reasonRequired' | 'ratingRequired' | 'textRequired' | 'unchanged';

// Checked before sending, with the same rules as the API (which checks again).
export function draftProblems(
  draft: SuggestionDraft,
  current: { rating: string | null; findingKind: string | null; text: string | null },
): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (draft.reason.trim() === '') {
    problems.push('reasonRequired');
  }
  switch (draft.kind) {
    case 'RATING':
      if (draft.rating === null) {
        problems.push('ratingRequired');
      } else if (draft.rating === current.rating) {
        problems.push('unchanged');
      }
      break;
    case 'FINDING':
      if (draft.text.trim() === '') {
        problems.push('textRequired');
      } else if (draft.text.trim() === current.text && draft.findingKind === current.findingKind) {
        problems.push('unchanged');
      }
      break;
    case 'ANSWER':
      if (draft.text.trim() === (current.text ?? '').trim()) {
        problems.push('unchanged');
      }
      break;
  }
  return problems;
}

// Members one may mention: everyone in the assessment but oneself, by label.
export function mentionOptions(
  members: readonly { id: string; label: string; isYou: boolean }[],
): { value: string; label: string }[] {
  return members
    .filter((m) => !m.isYou)
    .map((m) => ({ value: m.id, label: m.label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

// How people know the anchors of an element: questions by number, sub-elements by title.
export function anchorLabels(
  outline: readonly {
    key: string;
    title: string;
    details: readonly { questions: readonly { key: string; number: string }[] }[];
  }[],
): Map<string, string> {
  const labels = new Map<string, string>();
  for (const subElement of outline) {
    labels.set(subElement.key, subElement.title);
    for (const question of subElement.details.flatMap((d) => d.questions)) {
      labels.set(question.key, question.number);
    }
  }
  return labels;
}

import { describe, expect, it } from 'vitest';
import {
  anchorLabels,
  discussionAbilities,
  draftProblems,
  mayWithdraw,
  mentionOptions,
  openThreadCounts,
  pendingCount,
  suggestionTarget,
  threadsOf,
} from './discussion-logic';

const thread = (questionKey: string | null, subElementKey: string | null, resolved = false) => ({
  questionKey,
  subElementKey,
  resolved,
});

describe('discussion logic', () => {
  it('counts open threads per question and sub-element', () => {
    const counts = openThreadCounts([
      thread('q1', null),
      thread('q1', null),
      thread('q1', null, true),
      thread(null, 's1'),
    ]);
    expect(counts.get('question:q1')).toBe(2);
    expect(counts.get('subElement:s1')).toBe(1);
    expect(counts.get('question:q2')).toBeUndefined();
  });

  it('lists an anchor’s threads, open ones first', () => {
    const list = threadsOf([thread('q1', null, true), thread(null, 'q1'), thread('q1', null)], {
      kind: 'question',
      key: 'q1',
    });
    expect(list.map((t) => t.resolved)).toEqual([false, true]);
  });

  it('offers suggesting to those who may suggest but not edit, and nothing when archived', () => {
    const reviewer = { viewerActions: ['element.read', 'element.suggest', 'element.comment'] };
    expect(
      discussionAbilities({ ...reviewer, permissions: [], canEdit: false, archived: false }),
    ).toEqual({ suggest: true, comment: true, decide: false, moderate: false });
    expect(
      discussionAbilities({
        viewerActions: ['element.edit', 'element.suggest', 'element.comment'],
        permissions: ['suggestions.decide', 'comments.moderate'],
        canEdit: true,
        archived: false,
      }),
    ).toEqual({ suggest: false, comment: true, decide: true, moderate: true });
    expect(
      discussionAbilities({ ...reviewer, permissions: [], canEdit: false, archived: true }).comment,
    ).toBe(false);
    expect(
      discussionAbilities({
        viewerActions: undefined,
        permissions: [],
        canEdit: false,
        archived: false,
      }),
    ).toEqual({ suggest: false, comment: false, decide: false, moderate: false });
  });

  it('counts pending suggestions and lets authors withdraw only pending ones', () => {
    expect(
      pendingCount([{ status: 'PENDING' }, { status: 'REJECTED' }, { status: 'PENDING' }]),
    ).toBe(2);
    expect(mayWithdraw({ status: 'PENDING', createdByYou: true })).toBe(true);
    expect(mayWithdraw({ status: 'ACCEPTED', createdByYou: true })).toBe(false);
    expect(mayWithdraw({ status: 'PENDING', createdByYou: false })).toBe(false);
  });

  it('names what a suggestion is about', () => {
    expect(suggestionTarget({ kind: 'FINDING', findingId: null })).toBe(
      'discussion.target.NEW_FINDING',
    );
    expect(suggestionTarget({ kind: 'FINDING', findingId: 'f1' })).toBe(
      'discussion.target.FINDING',
    );
    expect(suggestionTarget({ kind: 'RATING', findingId: null })).toBe('discussion.target.RATING');
  });

  it('checks a draft as the API does', () => {
    const current = { rating: 'PARTIAL', findingKind: null, text: 'Old' };
    const draft = {
      kind: 'RATING' as const,
      rating: 'PARTIAL',
      findingKind: null,
      text: '',
      reason: ' ',
    };
    expect(draftProblems(draft, current)).toEqual(['reasonRequired', 'unchanged']);
    expect(draftProblems({ ...draft, rating: null, reason: 'Why' }, current)).toEqual([
      'ratingRequired',
    ]);
    expect(
      draftProblems({ ...draft, kind: 'ANSWER', text: ' Old ', reason: 'Why' }, current),
    ).toEqual(['unchanged']);
    expect(
      draftProblems(
        { ...draft, kind: 'FINDING', findingKind: 'RISK', text: '  ', reason: 'Why' },
        current,
      ),
    ).toEqual(['textRequired']);
    expect(
      draftProblems(
        { ...draft, kind: 'FINDING', findingKind: 'RISK', text: 'New', reason: 'Why' },
        current,
      ),
    ).toEqual([]);
  });

  it('offers every other member for mentions, by label', () => {
    expect(
      mentionOptions([
        { id: 'a:2', label: 'Zoe', isYou: false },
        { id: 'a:1', label: 'Me', isYou: true },
        { id: 'a:3', label: 'Civil society contributor 3', isYou: false },
      ]),
    ).toEqual([
      { value: 'a:3', label: 'Civil society contributor 3' },
      { value: 'a:2', label: 'Zoe' },
    ]);
  });

  it('names questions by number and sub-elements by title', () => {
    const labels = anchorLabels([
      {
        key: 's1',
        title: 'Legal authority',
        details: [{ questions: [{ key: 'q1', number: '1.1.1' }] }],
      },
    ]);
    expect(labels.get('q1')).toBe('1.1.1');
    expect(labels.get('s1')).toBe('Legal authority');
  });
});

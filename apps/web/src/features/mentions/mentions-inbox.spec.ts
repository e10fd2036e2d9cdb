import { describe, expect, it } from 'vitest';
import {
  excerptOf,
  mentionEntries,
  openMentionCount,
  placeOfThread,
  shownComment,
  threadAddress,
  type StructureElement,
} from './mentions-inbox';

const elements: StructureElement[] = [
  { key: 'people', title: 'People', subElements: [] },
  {
    key: 'law',
    title: 'Legal framework',
    subElements: [
      {
        key: 'law.enacted',
        title: 'Enacted law',
        details: [
          { questions: [{ key: 'law.enacted.q1', text: 'Is there a law?' }] },
          { questions: [{ key: 'law.enacted.q2', text: 'Is it in force?' }] },
        ],
      },
    ],
  },
];

const comment = (createdAt: string, mentionsYou: boolean) => ({ createdAt, mentionsYou });

describe('placeOfThread', () => {
  it('names the element, the sub-element holding a question, and the question', () => {
    expect(
      placeOfThread(elements, {
        elementKey: 'law',
        subElementKey: null,
        questionKey: 'law.enacted.q2',
      }),
    ).toEqual({
      element: '2. Legal framework',
      subElement: 'Enacted law',
      question: 'Is it in force?',
    });
  });

  it('names a sub-element thread without a question', () => {
    expect(
      placeOfThread(elements, {
        elementKey: 'law',
        subElementKey: 'law.enacted',
        questionKey: null,
      }),
    ).toEqual({ element: '2. Legal framework', subElement: 'Enacted law', question: null });
  });

  it('falls back to keys for parts it does not know', () => {
    expect(
      placeOfThread(elements, { elementKey: 'gone', subElementKey: null, questionKey: 'gone.q1' }),
    ).toEqual({ element: 'gone', subElement: null, question: 'gone.q1' });
    expect(
      placeOfThread(elements, { elementKey: 'law', subElementKey: 'law.old', questionKey: null }),
    ).toEqual({ element: '2. Legal framework', subElement: 'law.old', question: null });
  });
});

describe('mentionEntries', () => {
  it('puts the latest mention first, whenever its thread was started', () => {
    const old = {
      id: 'old',
      createdAt: '2026-01-01T10:00:00Z',
      resolved: false,
      comments: [
        comment('2026-01-01T10:00:00Z', false),
        comment('2026-03-01T10:00:00Z', true),
        comment('2026-03-02T10:00:00Z', false),
      ],
    };
    const recent = {
      id: 'recent',
      createdAt: '2026-02-01T10:00:00Z',
      resolved: false,
      comments: [comment('2026-02-01T10:00:00Z', true)],
    };
    const entries = mentionEntries([recent, old]);
    expect(entries.map((e) => e.thread.id)).toEqual(['old', 'recent']);
    expect(entries[0]?.mentioning).toEqual([comment('2026-03-01T10:00:00Z', true)]);
    expect(entries[0]?.mentionedAt).toBe('2026-03-01T10:00:00Z');
  });

  it('lists several mentions in one thread newest first', () => {
    const [entry] = mentionEntries([
      {
        id: 't',
        createdAt: '2026-01-01T00:00:00Z',
        resolved: false,
        comments: [comment('2026-01-01T00:00:00Z', true), comment('2026-01-05T00:00:00Z', true)],
      },
    ]);
    expect(entry?.mentioning.map((c) => c.createdAt)).toEqual([
      '2026-01-05T00:00:00Z',
      '2026-01-01T00:00:00Z',
    ]);
  });

  it('dates a thread with no mentioning comment left by its start', () => {
    const [entry] = mentionEntries([
      { id: 't', createdAt: '2026-01-01T00:00:00Z', resolved: false, comments: [] },
    ]);
    expect(entry?.mentionedAt).toBe('2026-01-01T00:00:00Z');
  });
});

describe('openMentionCount', () => {
  it('counts only open threads', () => {
    expect(openMentionCount([{ resolved: false }, { resolved: true }, { resolved: false }])).toBe(
      2,
    );
    expect(openMentionCount([])).toBe(0);
  });
});

describe('excerptOf', () => {
  it('keeps a short comment whole, on one line', () => {
    expect(excerptOf('  Is the decree\n\nstill in force?  ')).toBe('Is the decree still in force?');
  });

  it('cuts a long comment at a word and marks the cut', () => {
    const excerpt = excerptOf('alpha beta gamma delta epsilon', 20);
    expect(excerpt).toBe('alpha beta gamma…');
  });

  it('cuts inside a word too long to cut between words', () => {
    expect(excerptOf('a'.repeat(30), 10)).toBe(`${'a'.repeat(10)}…`);
  });
});

describe('shownComment', () => {
  it('shows a hidden comment by its reason only, even when the text came along', () => {
    expect(shownComment({ hidden: true, hiddenReason: 'Off topic', body: 'secret' })).toEqual({
      kind: 'hidden',
      reason: 'Off topic',
    });
  });

  it('shows a visible comment as an excerpt', () => {
    expect(shownComment({ hidden: false, hiddenReason: null, body: 'Hello' })).toEqual({
      kind: 'text',
      excerpt: 'Hello',
    });
  });
});

describe('threadAddress', () => {
  it('opens the element workspace on the thread', () => {
    expect(threadAddress('a1', { id: 'th 1', elementKey: 'law' })).toBe(
      '/assessments/a1/elements/law?thread=th%201',
    );
  });
});

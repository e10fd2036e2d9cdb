import type { CommentFieldsFragment, CommentThreadFieldsFragment } from '../../gql/graphql';
import type { StructureElement } from '../analysis/analysis-display';

export type { StructureElement };

// Where a thread sits, in words. A part customised away since shows its key, so the entry still
// says where it was rather than nothing.
export interface MentionPlace {
  element: string;
  subElement: string | null;
  question: string | null;
}

type Anchored = Pick<CommentThreadFieldsFragment, 'elementKey' | 'subElementKey' | 'questionKey'>;

export function placeOfThread(
  elements: readonly StructureElement[],
  thread: Anchored,
): MentionPlace {
  const index = elements.findIndex((e) => e.key === thread.elementKey);
  const found = elements[index];
  // Numbered as in the elements list and the workspace navigation.
  const element = found ? `${index + 1}. ${found.title}` : thread.elementKey;
  const subElements = found?.subElements ?? [];
  if (thread.questionKey) {
    // Question threads carry no sub-element key: it is the sub-element holding the question.
    for (const sub of subElements) {
      const questions = sub.details.flatMap((d) => d.questions);
      const question = questions.find((q) => q.key === thread.questionKey);
      if (question) {
        return { element, subElement: sub.title, question: question.text };
      }
    }
    return { element, subElement: null, question: thread.questionKey };
  }
  const sub = subElements.find((s) => s.key === thread.subElementKey);
  return { element, subElement: sub?.title ?? thread.subElementKey, question: null };
}

type Thread = Pick<CommentThreadFieldsFragment, 'id' | 'createdAt' | 'resolved'> & {
  comments: readonly Pick<CommentFieldsFragment, 'createdAt' | 'mentionsYou'>[];
};

export interface MentionEntry<T extends Thread> {
  thread: T;
  // The thread's comments that mention the viewer, newest first.
  mentioning: T['comments'][number][];
  // When the viewer was last mentioned there (the thread's start if no comment says so any more).
  mentionedAt: string;
}

const time = (iso: string) => Date.parse(iso) || 0;

// Threads in the order of their latest mention of the viewer, newest first: the API orders them by
// when they were started, but a new reply mentioning you in an old thread is what is new.
export function mentionEntries<T extends Thread>(threads: readonly T[]): MentionEntry<T>[] {
  return threads
    .map((thread) => {
      const mentioning = thread.comments
        .filter((c) => c.mentionsYou)
        .sort((a, b) => time(b.createdAt) - time(a.createdAt));
      return { thread, mentioning, mentionedAt: mentioning[0]?.createdAt ?? thread.createdAt };
    })
    .sort((a, b) => time(b.mentionedAt) - time(a.mentionedAt));
}

// The count beside the navigation link: threads mentioning you that are still open.
export const openMentionCount = (threads: readonly Pick<Thread, 'resolved'>[]): number =>
  threads.filter((t) => !t.resolved).length;

export const excerptLength = 200;

// The start of a comment, cut at a word where one ends near the limit, on one line.
export function excerptOf(body: string, max = excerptLength): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= max) {
    return text;
  }
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

// What the inbox shows of a mentioning comment: a hidden one shows only why, never its text
// (moderators receive the text from the API, but the inbox is not where they moderate).
export type CommentShown =
  { kind: 'hidden'; reason: string | null } | { kind: 'text'; excerpt: string };

export function shownComment(
  c: Pick<CommentFieldsFragment, 'hidden' | 'hiddenReason' | 'body'>,
): CommentShown {
  if (c.hidden || c.body === null) {
    return { kind: 'hidden', reason: c.hiddenReason };
  }
  return { kind: 'text', excerpt: excerptOf(c.body) };
}

// The element workspace, opened on the thread (see useLinkedThread in the discussion feature).
export function threadAddress(
  assessmentId: string,
  thread: Pick<CommentThreadFieldsFragment, 'id' | 'elementKey'>,
): string {
  const element = encodeURIComponent(thread.elementKey);
  return `/assessments/${assessmentId}/elements/${element}?thread=${encodeURIComponent(thread.id)}`;
}

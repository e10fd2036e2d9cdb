import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { CommentThreadFieldsFragment } from '../../gql/graphql';
import type { Anchor, DiscussionAbilities } from './discussion-logic';
import type { SuggestTarget } from './suggest-target';

// What the discussion controls placed in the element workspace share: the element, what the viewer
// may do, the element's threads, and the two ways in (suggest a change, open an anchor's threads).
export type DiscussionContextValue = {
  readonly assessmentId: string;
  readonly elementKey: string;
  readonly abilities: DiscussionAbilities;
  readonly threads: readonly CommentThreadFieldsFragment[];
  readonly openCounts: ReadonlyMap<string, number>;
  readonly suggest: (target: SuggestTarget, doc: Y.Doc) => void;
  readonly openThreads: (anchor: Anchor, title: string) => void;
  readonly refetchThreads: () => void;
};

export const DiscussionContext = createContext<DiscussionContextValue | null>(null);

// Null outside an element workspace: the controls then render nothing.
export function useDiscussion(): DiscussionContextValue | null {
  return useContext(DiscussionContext);
}

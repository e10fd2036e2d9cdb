import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { DiscussionContext, type DiscussionContextValue } from './discussion-context';
import { ElementThreadsQuery } from './discussion.graphql';
import { discussionAbilities, openThreadCounts, type Anchor } from './discussion-logic';
import { currentValue, type CurrentValue, type SuggestTarget } from './suggest-target';
import { SuggestChangeModal } from './SuggestChangeModal';
import { SuggestionsPanel } from './SuggestionsPanel';
import { ThreadsDrawer } from './ThreadsDrawer';

interface Props {
  assessmentId: string;
  elementKey: string;
  canEdit: boolean;
  archived: boolean;
  viewerActions: readonly string[] | undefined;
  permissions: readonly string[];
  // Question numbers and sub-element titles by key, for naming what a suggestion is about.
  labels: ReadonlyMap<string, string>;
  children: ReactNode;
}

// Wraps an element's workspace: loads its threads, shows the suggestions panel, and hosts the
// suggestion dialog and the threads drawer that the controls beside each field open.
export function DiscussionProvider(props: Props) {
  const { assessmentId, elementKey, children } = props;
  const { canEdit, archived, viewerActions, permissions } = props;
  // Kept stable while its inputs are, so the context value changes only when something did.
  const abilities = useMemo(
    () => discussionAbilities({ canEdit, archived, viewerActions, permissions }),
    [canEdit, archived, viewerActions, permissions],
  );
  const { data, refetch } = useQuery(ElementThreadsQuery, {
    variables: { assessmentId, elementKey },
    fetchPolicy: 'cache-and-network',
  });
  const [suggesting, setSuggesting] = useState<{
    target: SuggestTarget;
    current: CurrentValue;
  } | null>(null);
  const [threadsOf, setThreadsOf] = useState<{ anchor: Anchor; title: string } | null>(null);
  const [round, setRound] = useState(0);
  const threads = useMemo(() => data?.commentThreads ?? [], [data]);
  const refetchThreads = useCallback(() => void refetch(), [refetch]);

  const value = useMemo<DiscussionContextValue>(
    () => ({
      assessmentId,
      elementKey,
      abilities,
      threads,
      openCounts: openThreadCounts(threads),
      suggest: (target: SuggestTarget, doc: Y.Doc) =>
        setSuggesting({ target, current: currentValue(doc, target) }),
      openThreads: (anchor, title) => setThreadsOf({ anchor, title }),
      refetchThreads,
    }),
    [assessmentId, elementKey, threads, refetchThreads, abilities],
  );

  return (
    <DiscussionContext.Provider value={value}>
      <SuggestionsPanel
        key={round}
        assessmentId={assessmentId}
        elementKey={elementKey}
        abilities={abilities}
        labels={props.labels}
      />
      {children}
      {suggesting ? (
        <SuggestChangeModal
          assessmentId={assessmentId}
          elementKey={elementKey}
          target={suggesting.target}
          current={suggesting.current}
          onClose={() => setSuggesting(null)}
          onSent={() => setRound((n) => n + 1)}
        />
      ) : null}
      <ThreadsDrawer target={threadsOf} onClose={() => setThreadsOf(null)} />
    </DiscussionContext.Provider>
  );
}

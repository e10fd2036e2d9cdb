import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { CommentThreadFieldsFragment } from '../../gql/graphql';
import { DiscussionContext, type DiscussionContextValue } from './discussion-context';
import { ElementThreadsQuery } from './discussion.graphql';
import { anchorOfThread, discussionAbilities, openThreadCounts } from './discussion-logic';
import { currentValue, type CurrentValue, type SuggestTarget } from './suggest-target';
import { SuggestChangeModal } from './SuggestChangeModal';
import { SuggestionsPanel } from './SuggestionsPanel';
import { ThreadsDrawer, type ThreadsTarget } from './ThreadsDrawer';
import { useLinkedThread } from './use-linked-thread';

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
  const { t } = useTranslation();
  const { assessmentId, elementKey, labels, children } = props;
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
  const [threadsOf, setThreadsOf] = useState<ThreadsTarget | null>(null);
  const [round, setRound] = useState(0);
  const threads = useMemo(() => data?.commentThreads ?? [], [data]);
  const refetchThreads = useCallback(() => void refetch(), [refetch]);
  // A link to one thread (?thread=<id>, from the mentions inbox) opens its anchor's drawer on it,
  // titled as the comments button beside that anchor would title it.
  const openLinked = useCallback(
    (thread: CommentThreadFieldsFragment) => {
      const anchor = anchorOfThread(thread);
      if (!anchor) {
        return;
      }
      const label = labels.get(anchor.key) ?? anchor.key;
      const title =
        anchor.kind === 'question'
          ? t('discussion.threads.titleQuestion', { number: label })
          : t('discussion.threads.titleSubElement', { title: label });
      setThreadsOf({ anchor, title, threadId: thread.id });
    },
    [labels, t],
  );
  const linked = useLinkedThread(threads, openLinked);

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
        labels={labels}
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
      <ThreadsDrawer
        target={threadsOf}
        onClose={() => {
          setThreadsOf(null);
          linked.clear();
        }}
      />
    </DiscussionContext.Provider>
  );
}

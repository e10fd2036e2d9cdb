import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentThreadFieldsFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { CommentComposer } from './CommentComposer';
import { CommentItem } from './CommentItem';
import {
  ReopenCommentThreadMutation,
  ReplyToCommentThreadMutation,
  ResolveCommentThreadMutation,
} from './discussion.graphql';

interface Props {
  assessmentId: string;
  thread: CommentThreadFieldsFragment;
  mayComment: boolean;
  mayModerate: boolean;
  // The thread a link pointed at: marked and scrolled into view among its anchor's threads.
  focused?: boolean;
  onChanged: () => void;
}

// One thread: its comments, a reply box while open, and resolve or reopen for its author or a
// moderator.
export function ThreadView(props: Props) {
  const { assessmentId, thread, mayComment, mayModerate, focused = false, onChanged } = props;
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focused) {
      ref.current?.scrollIntoView({ block: 'nearest' });
    }
  }, [focused]);
  const [reply, replying] = useMutation(ReplyToCommentThreadMutation);
  const [resolve, resolving] = useMutation(ResolveCommentThreadMutation);
  const [reopen, reopening] = useMutation(ReopenCommentThreadMutation);
  const mayResolve = mayModerate || (mayComment && thread.createdByYou);
  const vars = { assessmentId, threadId: thread.id };
  return (
    <Paper
      ref={ref}
      withBorder
      p="sm"
      bd={focused ? '2px solid var(--mantine-primary-color-filled)' : undefined}
      data-testid="thread"
      data-resolved={thread.resolved}
      data-focused={focused || undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between">
          {thread.resolved ? (
            <Badge color="gray" variant="light">
              {t('discussion.threads.resolved')}
            </Badge>
          ) : (
            <span />
          )}
          {mayResolve ? (
            <Button
              size="compact-xs"
              variant="subtle"
              loading={resolving.loading || reopening.loading}
              onClick={() =>
                void (
                  thread.resolved ? reopen({ variables: vars }) : resolve({ variables: vars })
                ).then(onChanged, () => undefined)
              }
              data-testid={thread.resolved ? 'thread-reopen' : 'thread-resolve'}
            >
              {t(thread.resolved ? 'discussion.threads.reopen' : 'discussion.threads.resolve')}
            </Button>
          ) : null}
        </Group>
        {thread.comments.map((c) => (
          <CommentItem
            key={c.id}
            assessmentId={assessmentId}
            comment={c}
            mayComment={mayComment}
            mayModerate={mayModerate}
          />
        ))}
        <ErrorAlert error={replying.error ?? resolving.error ?? reopening.error} />
        {mayComment && !thread.resolved ? (
          <CommentComposer
            assessmentId={assessmentId}
            label={t('discussion.threads.replyLabel')}
            submitLabel={t('discussion.threads.reply')}
            loading={replying.loading}
            onSubmit={async (body, mentionedMemberIds) => {
              try {
                await reply({ variables: { input: { ...vars, body, mentionedMemberIds } } });
                onChanged();
                return true;
              } catch {
                return false;
              }
            }}
            testId="thread-reply"
          />
        ) : null}
        {thread.comments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('discussion.threads.none')}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

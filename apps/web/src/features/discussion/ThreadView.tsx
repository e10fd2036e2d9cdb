import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
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
  onChanged: () => void;
}

// One thread: its comments, a reply box while open, and resolve or reopen for its author or a
// moderator.
export function ThreadView({ assessmentId, thread, mayComment, mayModerate, onChanged }: Props) {
  const { t } = useTranslation();
  const [reply, replying] = useMutation(ReplyToCommentThreadMutation);
  const [resolve, resolving] = useMutation(ResolveCommentThreadMutation);
  const [reopen, reopening] = useMutation(ReopenCommentThreadMutation);
  const mayResolve = mayModerate || (mayComment && thread.createdByYou);
  const vars = { assessmentId, threadId: thread.id };
  return (
    <Paper withBorder p="sm" data-testid="thread" data-resolved={thread.resolved}>
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

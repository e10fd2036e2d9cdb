import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentFieldsFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { CommentComposer } from './CommentComposer';
import {
  EditCommentMutation,
  HideCommentMutation,
  UnhideCommentMutation,
} from './discussion.graphql';

interface Props {
  assessmentId: string;
  comment: CommentFieldsFragment;
  mayComment: boolean;
  mayModerate: boolean;
}

// One comment. A hidden comment shows why it was hidden; its text reaches moderators only (the
// API leaves it out for everyone else). Authors edit their own; moderators hide with a reason.
export function CommentItem({ assessmentId, comment: c, mayComment, mayModerate }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [hiding, setHiding] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [edit, edited] = useMutation(EditCommentMutation);
  const [hide, hidden] = useMutation(HideCommentMutation);
  const [unhide, unhidden] = useMutation(UnhideCommentMutation);
  const author = c.createdByYou
    ? t('discussion.suggestions.you')
    : (c.author?.label ?? t('discussion.suggestions.formerMember'));
  const vars = { assessmentId, commentId: c.id };

  return (
    <Paper p="xs" withBorder={c.mentionsYou} data-testid="comment" data-hidden={c.hidden}>
      <Stack gap={4}>
        <Group gap="xs">
          <Text size="xs" fw={600}>
            {author}
          </Text>
          <Text size="xs" c="dimmed">
            {new Date(c.createdAt).toLocaleString()}
          </Text>
          {c.editedAt ? (
            <Text size="xs" c="dimmed">
              ({t('discussion.threads.edited')})
            </Text>
          ) : null}
          {c.mentionsYou ? (
            <Badge size="xs" variant="light">
              {t('discussion.threads.mentionsYou')}
            </Badge>
          ) : null}
        </Group>
        {c.hidden ? (
          <Text size="sm" c="dimmed" fs="italic" data-testid="comment-hidden">
            {t(
              mayModerate ? 'discussion.threads.hiddenForModerators' : 'discussion.threads.hidden',
              { reason: c.hiddenReason ?? '' },
            )}
          </Text>
        ) : null}
        {editing ? (
          <CommentComposer
            assessmentId={assessmentId}
            label={t('discussion.threads.body')}
            submitLabel={t('discussion.threads.save')}
            initialBody={c.body ?? ''}
            initialMentions={c.mentions.map((m) => m.id)}
            loading={edited.loading}
            onCancel={() => setEditing(false)}
            onSubmit={async (body, mentionedMemberIds) => {
              try {
                await edit({ variables: { input: { ...vars, body, mentionedMemberIds } } });
                setEditing(false);
                return true;
              } catch {
                return false;
              }
            }}
            testId="comment-edit"
          />
        ) : c.body !== null ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} dir="auto" data-testid="comment-body">
            {c.body}
          </Text>
        ) : null}
        {c.mentions.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t('discussion.threads.mentionedList', {
              names: c.mentions.map((m) => m.label).join(', '),
            })}
          </Text>
        ) : null}
        <ErrorAlert error={edited.error ?? hidden.error ?? unhidden.error} />
        {hiding ? (
          <Group gap="xs" align="flex-end">
            <TextInput
              size="xs"
              label={t('discussion.threads.hideReason')}
              value={reason}
              maxLength={1000}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setMissing(false);
              }}
              error={missing ? t('discussion.threads.hideReasonRequired') : undefined}
              data-testid="comment-hide-reason"
            />
            <Button
              size="xs"
              color="red"
              loading={hidden.loading}
              data-testid="comment-hide-confirm"
              onClick={() => {
                if (!reason.trim()) {
                  setMissing(true);
                  return;
                }
                void hide({ variables: { ...vars, reason: reason.trim() } }).then(
                  () => {
                    setHiding(false);
                    setReason('');
                  },
                  () => undefined,
                );
              }}
            >
              {t('discussion.threads.hide')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setHiding(false)}>
              {t('discussion.threads.cancel')}
            </Button>
          </Group>
        ) : (
          <Group gap="xs">
            {c.createdByYou && mayComment && !c.hidden && !editing ? (
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => setEditing(true)}
                data-testid="comment-edit-open"
              >
                {t('discussion.threads.edit')}
              </Button>
            ) : null}
            {mayModerate && !c.hidden ? (
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                onClick={() => setHiding(true)}
                data-testid="comment-hide"
              >
                {t('discussion.threads.hide')}
              </Button>
            ) : null}
            {mayModerate && c.hidden ? (
              <Button
                size="compact-xs"
                variant="subtle"
                loading={unhidden.loading}
                onClick={() => void unhide({ variables: vars }).catch(() => undefined)}
                data-testid="comment-unhide"
              >
                {t('discussion.threads.unhide')}
              </Button>
            ) : null}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

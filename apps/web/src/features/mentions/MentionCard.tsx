import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommentFieldsFragment, CommentThreadFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/date-time';
import {
  shownComment,
  threadAddress,
  type MentionEntry,
  type MentionPlace,
} from './mentions-inbox';

interface Props {
  assessmentId: string;
  entry: MentionEntry<CommentThreadFieldsFragment>;
  place: MentionPlace;
}

// One thread of the inbox: where it is, whether it is still open, the comments that mention the
// viewer, and the way into the workspace at that thread.
export function MentionCard({ assessmentId, entry, place }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const { thread } = entry;
  const where = [place.element, place.subElement].filter((p) => p !== null).join(' › ');

  return (
    <Paper
      component="li"
      withBorder
      p="md"
      data-testid="mention"
      data-thread-id={thread.id}
      data-resolved={thread.resolved}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={3} size="h5" id={headingId} dir="auto" data-testid="mention-place">
              {where}
            </Title>
            {place.question ? (
              <Text size="sm" c="dimmed" lineClamp={2} dir="auto" data-testid="mention-question">
                {place.question}
              </Text>
            ) : null}
          </Stack>
          <Badge
            color={thread.resolved ? 'gray' : 'blue'}
            variant="light"
            className="mention-state"
            data-testid="mention-state"
          >
            {t(thread.resolved ? 'mentions.state.resolved' : 'mentions.state.open')}
          </Badge>
        </Group>
        {entry.mentioning.map((c) => (
          <MentioningComment key={c.id} comment={c} />
        ))}
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {t('mentions.comments', { count: thread.commentCount })}
          </Text>
          <Anchor
            component={Link}
            to={threadAddress(assessmentId, thread)}
            aria-describedby={headingId}
            fw={500}
            data-testid="mention-open"
          >
            {t('mentions.open')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}

function MentioningComment({ comment: c }: { comment: CommentFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const shown = shownComment(c);
  const author = c.createdByYou
    ? t('mentions.you')
    : (c.author?.label ?? t('mentions.formerMember'));
  return (
    <div className="mention-comment" data-testid="mention-comment">
      <Group gap="xs">
        <Text size="xs" fw={600} data-testid="mention-author">
          {author}
        </Text>
        <Text size="xs" c="dimmed" component="time" dateTime={c.createdAt}>
          {formatDateTime(c.createdAt, i18n.language)}
        </Text>
      </Group>
      {shown.kind === 'hidden' ? (
        <Text size="sm" c="dimmed" fs="italic" data-testid="mention-hidden">
          {shown.reason
            ? t('mentions.hidden', { reason: shown.reason })
            : t('mentions.hiddenNoReason')}
        </Text>
      ) : (
        <Text size="sm" dir="auto" data-testid="mention-excerpt">
          {shown.excerpt}
        </Text>
      )}
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MyMentionsQuery } from '../discussion/discussion.graphql';
import { openMentionCount } from './mentions-inbox';

// The count of open threads mentioning the viewer, inside the "Mentions" section link. Cache-first:
// the navigation should not refetch on every section change; the inbox page refreshes the same
// cached query whenever it is opened, and the badge follows.
export function MentionsNavBadge({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(MyMentionsQuery, {
    variables: { assessmentId },
    fetchPolicy: 'cache-first',
  });
  const count = openMentionCount(data?.myMentions ?? []);
  if (count === 0) {
    return null;
  }
  return (
    <>
      {/* A circle badge is a flex box; inline here, so it stays on the link's line. */}
      <Badge
        size="sm"
        circle
        ms="xs"
        display="inline-flex"
        style={{ verticalAlign: 'middle' }}
        aria-hidden="true"
        data-testid="mentions-badge"
      >
        {count}
      </Badge>
      {/* The bare number means little when read out; the link is named "Mentions (2 open threads)". */}
      <VisuallyHidden>{` (${t('mentions.badge', { count })})`}</VisuallyHidden>
    </>
  );
}

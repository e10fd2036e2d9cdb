import { useQuery } from '@apollo/client/react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { AnalysisContextQuery } from '../analysis/analysis.graphql';
import { useAssessmentOutlet } from '../assessment/assessment-outlet';
import { MyMentionsQuery } from '../discussion/discussion.graphql';
import { MentionCard } from './MentionCard';
import { mentionEntries, placeOfThread } from './mentions-inbox';
import './mentions.css';

// /assessments/:id/mentions — the comment threads in which the viewer is @-mentioned, latest
// mention first, each with where it is and a link into the element workspace at that thread.
export function MentionsPage() {
  const { t } = useTranslation();
  const { assessment } = useAssessmentOutlet();
  usePageTitle(`${t('mentions.title')} · ${assessment.title}`);
  const mentions = useQuery(MyMentionsQuery, {
    variables: { assessmentId: assessment.id },
    fetchPolicy: 'cache-and-network',
  });
  // The customised structure names the element, sub-element and question of each thread; the
  // analysis section loads the same document, so the two share one cached answer.
  const structure = useQuery(AnalysisContextQuery, { variables: { id: assessment.id } });
  const error = mentions.error ?? structure.error;

  let content;
  if (error && !(mentions.data && structure.data)) {
    content = (
      <ErrorAlert
        error={error}
        onRetry={() => {
          void mentions.refetch();
          void structure.refetch();
        }}
      />
    );
  } else if (!mentions.data || !structure.data) {
    content = <PageLoader />;
  } else if (mentions.data.myMentions.length === 0) {
    content = (
      <Paper withBorder p="lg" data-testid="mentions-empty">
        <Text fw={500}>{t('mentions.empty')}</Text>
        <Text size="sm" c="dimmed">
          {t('mentions.emptyHint')}
        </Text>
      </Paper>
    );
  } else {
    const elements = structure.data.assessment.elements;
    const entries = mentionEntries(mentions.data.myMentions);
    content = (
      <Stack gap="sm">
        <Text size="sm" c="dimmed" data-testid="mentions-total">
          {t('mentions.total', { count: entries.length })}
        </Text>
        <ul className="mention-list" aria-label={t('mentions.list')}>
          {entries.map((entry) => (
            <MentionCard
              key={entry.thread.id}
              assessmentId={assessment.id}
              entry={entry}
              place={placeOfThread(elements, entry.thread)}
            />
          ))}
        </ul>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" data-testid="mentions-page">
      <Stack gap={4}>
        <Title order={2}>{t('mentions.title')}</Title>
        <Text c="dimmed" maw={760}>
          {t('mentions.intro')}
        </Text>
      </Stack>
      {content}
    </Stack>
  );
}

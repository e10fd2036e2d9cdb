import { useQuery } from '@apollo/client/react';
import { Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { SubElementRatingsQuery } from './analysis.graphql';
import type { AnalysisElement } from './analysis-types';
import { RatingCard } from './RatingCard';

interface Props {
  assessmentId: string;
  elements: readonly AnalysisElement[];
  canRate: boolean;
  canConsolidate: boolean;
}

// One element at a time: each sub-element's split by group, your rating and the consolidated one.
export function RatingsTab({ assessmentId, elements, canRate, canConsolidate }: Props) {
  const { t } = useTranslation();
  const [elementKey, setElementKey] = useState<string | null>(elements[0]?.key ?? null);
  const { data, error, refetch } = useQuery(SubElementRatingsQuery, {
    variables: { assessmentId, elementKey },
    skip: !elementKey,
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Stack gap="md" data-testid="analysis-ratings">
      <Select
        label={t('analysis.ratings.element')}
        data={elements.map((e) => ({ value: e.key, label: e.title }))}
        value={elementKey}
        onChange={(key) => key && setElementKey(key)}
        allowDeselect={false}
        maw={480}
        data-testid="ratings-element"
      />
      <Text size="sm" c="dimmed">
        {t('analysis.ratings.privacy')}
      </Text>
      {error && !data ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <PageLoader /> : null}
      {data?.subElementRatings.map((ratings) => (
        <RatingCard
          key={ratings.id}
          assessmentId={assessmentId}
          ratings={ratings}
          canRate={canRate}
          canConsolidate={canConsolidate}
        />
      ))}
    </Stack>
  );
}

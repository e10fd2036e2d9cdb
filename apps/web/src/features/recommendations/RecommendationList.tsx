import { useQuery } from '@apollo/client/react';
import { Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendationFieldsFragment, RecommendationStatus } from '../../gql/graphql';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { statuses } from './recommendation-form';
import { RecommendationCard } from './RecommendationCard';
import { RecommendationsQuery } from './recommendations.graphql';
import type { useRecommendationOptions } from './use-recommendation-options';

interface Props {
  assessmentId: string;
  options: ReturnType<typeof useRecommendationOptions>;
  onEdit: ((r: RecommendationFieldsFragment) => void) | null;
}

// Every recommendation, oldest first, filtered by element and status.
export function RecommendationList({ assessmentId, options, onEdit }: Props) {
  const { t } = useTranslation();
  const [elementKey, setElementKey] = useState<string | null>(null);
  const [status, setStatus] = useState<RecommendationStatus | null>(null);
  const { data, previousData, error, refetch } = useQuery(RecommendationsQuery, {
    variables: { assessmentId, filter: { elementKey, status } },
    fetchPolicy: 'cache-and-network',
  });
  const list = (data ?? previousData)?.recommendations;
  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <Select
          label={t('recommendations.filter.element')}
          placeholder={t('recommendations.filter.all')}
          clearable
          data={options.elements.map((e) => ({
            value: e.key,
            label: options.names.element(e.key),
          }))}
          value={elementKey}
          onChange={setElementKey}
          w={{ base: '100%', sm: 320 }}
        />
        <Select
          label={t('recommendations.filter.status')}
          placeholder={t('recommendations.filter.all')}
          clearable
          data={statuses.map((s) => ({ value: s, label: t(`recommendations.status.${s}`) }))}
          value={status}
          onChange={(v) => setStatus(v)}
          w={{ base: '100%', sm: 200 }}
        />
      </Group>
      {error && !list ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!list && !error ? <PageLoader /> : null}
      {list ? (
        <>
          <Text size="sm" c="dimmed" role="status" data-testid="recommendations-count">
            {t('recommendations.total', { number: list.length })}
          </Text>
          {list.length === 0 ? (
            <Paper withBorder p="xl" ta="center">
              <Text>
                {elementKey || status ? t('recommendations.noMatch') : t('recommendations.empty')}
              </Text>
            </Paper>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }} data-testid="recommendations-list">
              {list.map((r) => (
                <RecommendationCard
                  key={r.id}
                  assessmentId={assessmentId}
                  recommendation={r}
                  names={options.names}
                  onEdit={onEdit ? () => onEdit(r) : undefined}
                />
              ))}
            </SimpleGrid>
          )}
        </>
      ) : null}
    </Stack>
  );
}

import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImplementationRoadmapQuery, RoadmapGrouping } from '../../gql/graphql';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { priorities } from './recommendation-form';
import { RecommendationCard } from './RecommendationCard';
import { ImplementationRoadmapQuery as RoadmapQuery } from './recommendations.graphql';
import { priorityCounts, timeframeColumns } from './roadmap-layout';
import type { useRecommendationOptions } from './use-recommendation-options';
import './recommendations.css';

type Group = ImplementationRoadmapQuery['implementationRoadmap'][number];

interface Props {
  assessmentId: string;
  options: ReturnType<typeof useRecommendationOptions>;
}

// The implementation strategy: per element or institution, the recommendations in three
// timeframe columns (stacked on a phone, side by side on paper), most pressing first.
export function RoadmapView({ assessmentId, options }: Props) {
  const { t } = useTranslation();
  const [groupBy, setGroupBy] = useState<RoadmapGrouping>('ELEMENT');
  const { data, previousData, error, refetch } = useQuery(RoadmapQuery, {
    variables: { assessmentId, groupBy },
    fetchPolicy: 'cache-and-network',
  });
  const groups = (data ?? previousData)?.implementationRoadmap;
  const heading = (g: Group) =>
    g.elementKey
      ? options.names.element(g.elementKey)
      : (g.recommendations[0]?.responsibleOrganisation?.name ??
        g.institutionName ??
        t('recommendations.roadmap.noInstitution'));

  return (
    <Stack gap="md" className="roadmap">
      <Group justify="space-between" className="no-print">
        <Group gap="xs">
          <Text size="sm" id="roadmap-group-by">
            {t('recommendations.roadmap.groupBy')}
          </Text>
          <SegmentedControl
            aria-labelledby="roadmap-group-by"
            value={groupBy}
            onChange={(v) => setGroupBy(v)}
            data={[
              { value: 'ELEMENT', label: t('recommendations.roadmap.byElement') },
              { value: 'INSTITUTION', label: t('recommendations.roadmap.byInstitution') },
            ]}
            data-testid="roadmap-group-by"
          />
        </Group>
        <Button variant="default" onClick={() => window.print()}>
          {t('recommendations.roadmap.print')}
        </Button>
      </Group>
      {error && !groups ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!groups && !error ? <PageLoader /> : null}
      {groups?.length === 0 ? (
        <Paper withBorder p="xl" ta="center">
          <Text>{t('recommendations.roadmap.empty')}</Text>
        </Paper>
      ) : null}
      {groups?.map((g) => {
        const counts = priorityCounts(g.recommendations);
        return (
          <section key={g.key} className="roadmap-group" data-testid="roadmap-group">
            <Group gap="xs" mb="xs">
              <Title order={3} size="h4" dir="auto">
                {heading(g)}
              </Title>
              {priorities.map((p) =>
                counts[p] ? (
                  <Badge key={p} variant="light" color={p === 'HIGH' ? 'red' : 'gray'}>
                    {t(`recommendations.priority.${p}`)}: {counts[p]}
                  </Badge>
                ) : null,
              )}
            </Group>
            <SimpleGrid cols={{ base: 1, md: 3 }} className="roadmap-columns">
              {timeframeColumns(g.recommendations).map((column) => (
                <Stack key={column.timeframe} gap="xs" className="roadmap-column">
                  <Text fw={600} size="sm">
                    {t(`recommendations.timeframe.${column.timeframe}`)}
                  </Text>
                  {column.items.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('recommendations.roadmap.none')}
                    </Text>
                  ) : (
                    column.items.map((r) => (
                      <RecommendationCard
                        key={r.id}
                        assessmentId={assessmentId}
                        recommendation={r}
                        names={options.names}
                        showTimeframe={false}
                      />
                    ))
                  )}
                </Stack>
              ))}
            </SimpleGrid>
          </section>
        );
      })}
    </Stack>
  );
}

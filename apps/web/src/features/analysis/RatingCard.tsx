import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ratingColour } from './analysis-display';
import type { RatingsRow } from './analysis-types';
import { ConsolidatedForm } from './ConsolidatedForm';
import { DivergenceNote } from './DivergenceNote';
import { GroupSplit } from './GroupSplit';
import { MyRatingForm } from './MyRatingForm';

interface Props {
  assessmentId: string;
  ratings: RatingsRow;
  canRate: boolean;
  canConsolidate: boolean;
}

export function RatingCard({ assessmentId, ratings, canRate, canConsolidate }: Props) {
  const { t } = useTranslation();
  const c = ratings.consolidated;
  return (
    <Paper
      withBorder
      p="md"
      style={
        ratings.divergent
          ? { borderInlineStart: '4px solid var(--mantine-color-red-6)' }
          : undefined
      }
      data-testid="rating-card"
      data-sub-element={ratings.subElementKey}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {ratings.title}
          </Title>
          <Text size="sm" c="dimmed">
            {t('analysis.ratings.total', { count: ratings.total })}
          </Text>
        </Group>
        <DivergenceNote ratings={ratings} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {t('analysis.ratings.split')}
            </Text>
            <GroupSplit ratings={ratings} />
          </Stack>
          <Stack gap="md">
            {canRate ? <MyRatingForm assessmentId={assessmentId} ratings={ratings} /> : null}
            <Stack gap={4}>
              <Text fw={600} size="sm">
                {t('analysis.ratings.consolidated')}
              </Text>
              {c ? (
                <>
                  <Badge
                    color={ratingColour[c.rating]}
                    variant="light"
                    data-testid="consolidated-rating"
                  >
                    {t(`analysis.rating.${c.rating}`)}
                  </Badge>
                  <Text size="sm" dir="auto">
                    {c.rationale}
                  </Text>
                  {c.setBy ? (
                    <Text size="xs" c="dimmed">
                      {t('analysis.ratings.setBy', { name: c.setBy.label })}
                    </Text>
                  ) : null}
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('analysis.ratings.notConsolidated')}
                </Text>
              )}
              {canConsolidate ? (
                <ConsolidatedForm assessmentId={assessmentId} ratings={ratings} />
              ) : null}
            </Stack>
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

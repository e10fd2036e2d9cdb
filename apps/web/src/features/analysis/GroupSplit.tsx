import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { groupBars, ratingColour } from './analysis-display';
import type { RatingsRow } from './analysis-types';

// Counts per stakeholder group as stacked bars, each segment also labelled in text.
export function GroupSplit({ ratings }: { ratings: RatingsRow }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-testid="group-split">
      {ratings.groups.map((group) => {
        const bars = groupBars(group);
        const label = t(`analysis.group.${group.group}`);
        const divergent = ratings.divergence?.groups.includes(group.group) ?? false;
        return (
          <Stack key={group.group} gap={2} data-testid={`group-${group.group}`}>
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={divergent ? 700 : 500}>
                {divergent ? <span aria-hidden="true">⚠ </span> : null}
                {t('analysis.ratings.groupTotal', { group: label, count: group.total })}
              </Text>
              <Text size="xs" c="dimmed">
                {group.majority
                  ? t('analysis.ratings.majority', {
                      rating: t(`analysis.rating.${group.majority}`),
                    })
                  : group.total > 0
                    ? t('analysis.ratings.noMajority')
                    : ''}
              </Text>
            </Group>
            {bars.length > 0 ? (
              <>
                <Progress.Root size="lg" aria-hidden="true">
                  {bars.map((bar) => (
                    <Progress.Section
                      key={bar.rating}
                      value={bar.percent}
                      color={ratingColour[bar.rating]}
                    />
                  ))}
                </Progress.Root>
                <Text size="xs">
                  {bars
                    .map((bar) => `${t(`analysis.rating.${bar.rating}`)}: ${bar.count}`)
                    .join(' · ')}
                </Text>
              </>
            ) : null}
          </Stack>
        );
      })}
    </Stack>
  );
}

import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisRating } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { ratingScale } from './analysis-display';
import { ClearConsolidatedRatingMutation, SetConsolidatedRatingMutation } from './analysis.graphql';
import type { RatingsRow } from './analysis-types';

// The moderator's consolidated rating, set beside the split with a rationale.
export function ConsolidatedForm({
  assessmentId,
  ratings,
}: {
  assessmentId: string;
  ratings: RatingsRow;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const current = ratings.consolidated;
  const [rating, setRating] = useState<AnalysisRating | null>(current?.rating ?? null);
  const [rationale, setRationale] = useState(current?.rationale ?? '');
  const [save, saving] = useMutation(SetConsolidatedRatingMutation);
  const [clear, clearing] = useMutation(ClearConsolidatedRatingMutation);
  const subElementKey = ratings.subElementKey;

  return (
    <Stack gap="xs" data-testid="consolidated-form">
      <ErrorAlert error={saving.error ?? clearing.error} />
      <Select
        label={t('analysis.ratings.consolidated')}
        data={ratingScale.map((r) => ({ value: r, label: t(`analysis.rating.${r}`) }))}
        value={rating}
        onChange={(v) => setRating(ratingScale.find((r) => r === v) ?? null)}
        data-testid="consolidated-select"
      />
      <Textarea
        label={t('analysis.ratings.rationale')}
        value={rationale}
        maxLength={5000}
        autosize
        minRows={2}
        onChange={(e) => setRationale(e.currentTarget.value)}
        dir="auto"
        data-testid="consolidated-rationale"
      />
      <Group gap="xs">
        <Button
          size="xs"
          disabled={!rating}
          loading={saving.loading}
          onClick={() =>
            rating &&
            void save({ variables: { input: { assessmentId, subElementKey, rating, rationale } } })
              .then(() => announce(t('analysis.ratings.saved')))
              .catch(() => undefined)
          }
          data-testid="consolidated-save"
        >
          {t('analysis.ratings.setConsolidated')}
        </Button>
        {current ? (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={clearing.loading}
            onClick={() =>
              void clear({ variables: { assessmentId, subElementKey } })
                .then(() => {
                  setRating(null);
                  setRationale('');
                  announce(t('analysis.ratings.saved'));
                })
                .catch(() => undefined)
            }
          >
            {t('analysis.ratings.clearConsolidated')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisRating } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { ratingScale } from './analysis-display';
import {
  SubmitStakeholderRatingMutation,
  WithdrawStakeholderRatingMutation,
} from './analysis.graphql';
import type { RatingsRow } from './analysis-types';

// The viewer's own rating; the answer replaces the sub-element's split in the cache.
export function MyRatingForm({
  assessmentId,
  ratings,
}: {
  assessmentId: string;
  ratings: RatingsRow;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const mine = ratings.myRating;
  const [rating, setRating] = useState<AnalysisRating | null>(mine?.rating ?? null);
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [submit, submitting] = useMutation(SubmitStakeholderRatingMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawStakeholderRatingMutation);
  const subElementKey = ratings.subElementKey;
  const done = () => announce(t('analysis.ratings.saved'));

  return (
    <Stack gap="xs" data-testid="my-rating">
      <ErrorAlert error={submitting.error ?? withdrawing.error} />
      <Select
        label={t('analysis.ratings.mine')}
        description={
          mine
            ? t('analysis.ratings.countsFor', { group: t(`analysis.group.${mine.group}`) })
            : t('analysis.ratings.notRated')
        }
        data={ratingScale.map((r) => ({ value: r, label: t(`analysis.rating.${r}`) }))}
        value={rating}
        onChange={(v) => setRating(ratingScale.find((r) => r === v) ?? null)}
        data-testid="my-rating-select"
      />
      <TextInput
        label={t('analysis.ratings.comment')}
        value={comment}
        maxLength={500}
        onChange={(e) => setComment(e.currentTarget.value)}
        dir="auto"
      />
      <Group gap="xs">
        <Button
          size="xs"
          disabled={!rating}
          loading={submitting.loading}
          onClick={() =>
            rating &&
            void submit({
              variables: {
                input: { assessmentId, subElementKey, rating, comment: comment || null },
              },
            })
              .then(done)
              .catch(() => undefined)
          }
          data-testid="my-rating-save"
        >
          {t('analysis.ratings.submit')}
        </Button>
        {mine ? (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={withdrawing.loading}
            onClick={() =>
              void withdraw({ variables: { assessmentId, subElementKey } })
                .then(() => {
                  setRating(null);
                  setComment('');
                  done();
                })
                .catch(() => undefined)
            }
          >
            {t('analysis.ratings.withdraw')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

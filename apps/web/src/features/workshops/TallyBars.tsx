import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { tallyShares, type TallyCounts, type WorkshopVoteValue } from './tally';

interface Props {
  tally: TallyCounts;
  large?: boolean;
}

// Each vote's share as a bar with its number and percentage written out, so the reading never
// rests on colour or length alone; the bar itself is decoration for those who can see it.
const barClass: Record<WorkshopVoteValue, string> = {
  AGREE: 'tally-fill tally-agree',
  AGREE_WITH_CHANGES: 'tally-fill tally-changes',
  DISAGREE: 'tally-fill tally-disagree',
};

export function TallyBars({ tally, large = false }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap={large ? 'lg' : 'xs'} data-testid="tally" className={large ? 'tally-large' : ''}>
      <Stack
        gap={large ? 'md' : 6}
        component="ul"
        className="workshop-list"
        aria-label={t('workshops.tally.label')}
      >
        {tallyShares(tally).map((share) => (
          <li key={share.vote} data-testid={`tally-${share.vote}`} data-count={share.count}>
            <Text className="tally-text" fw={600}>
              {t('workshops.tally.bar', {
                vote: t(`workshops.vote.${share.vote}`),
                n: share.count,
                percent: share.percent,
              })}
            </Text>
            <div className="tally-track" aria-hidden="true">
              <div className={barClass[share.vote]} style={{ inlineSize: `${share.percent}%` }} />
            </div>
          </li>
        ))}
      </Stack>
      <Text className="tally-text" c="dimmed" data-testid="tally-total">
        {t('workshops.tally.total', { n: tally.total })}
      </Text>
    </Stack>
  );
}

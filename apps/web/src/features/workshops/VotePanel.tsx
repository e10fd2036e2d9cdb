import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { workshopVotes, type WorkshopVoteValue } from './tally';
import type { LiveWorkshopItem } from './use-live-workshop';
import { CastWorkshopVoteMutation } from './workshops.graphql';

interface Props {
  workshopId: string;
  item: LiveWorkshopItem;
  guestToken: string | null;
}

const colour: Record<WorkshopVoteValue, string> = {
  AGREE: 'teal',
  AGREE_WITH_CHANGES: 'yellow',
  DISAGREE: 'red',
};

// Three thumb-sized choices and an optional comment. Tapping again changes the vote; the comment
// typed at that moment goes with it.
export function VotePanel({ workshopId, item, guestToken }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [comment, setComment] = useState('');
  const [cast, casting] = useMutation(CastWorkshopVoteMutation);

  const vote = async (value: WorkshopVoteValue) => {
    const input = {
      workshopId,
      itemId: item.id,
      vote: value,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
      ...(guestToken ? { guestToken } : {}),
    };
    const result = await cast({ variables: { input } }).catch(() => null);
    if (result?.data) {
      announce(t('workshops.participant.voted', { vote: t(`workshops.vote.${value}`) }));
    }
  };

  return (
    <Stack gap="sm">
      <Textarea
        label={t('workshops.participant.comment')}
        description={t('workshops.participant.commentHint')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={1000}
        dir="auto"
        data-testid="vote-comment"
      />
      {workshopVotes.map((value) => {
        const chosen = item.myVote === value;
        return (
          <Button
            key={value}
            size="lg"
            fullWidth
            className="vote-button"
            color={colour[value]}
            variant={chosen ? 'filled' : 'outline'}
            aria-pressed={chosen}
            disabled={casting.loading}
            onClick={() => void vote(value)}
            data-testid={`vote-${value}`}
          >
            {t(`workshops.vote.${value}`)}
          </Button>
        );
      })}
      <Text fw={600} role="status" data-testid="my-vote" data-vote={item.myVote ?? ''}>
        {item.myVote
          ? t('workshops.participant.yourVote', { vote: t(`workshops.vote.${item.myVote}`) })
          : t('workshops.participant.noVote')}
      </Text>
      {casting.error ? <ErrorAlert error={casting.error} /> : null}
    </Stack>
  );
}

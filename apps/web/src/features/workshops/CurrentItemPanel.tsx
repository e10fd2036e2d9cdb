import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { OutcomeForm } from './OutcomeForm';
import { TallyBars } from './TallyBars';
import { currentItemOf, sortedItems, type LiveWorkshop } from './use-live-workshop';
import { SetCurrentWorkshopItemMutation } from './workshops.graphql';

interface Props {
  workshop: LiveWorkshop;
}

// The moderator's desk while the workshop runs: move through the agenda, watch the votes come in,
// read the room's comments and record the outcome.
export function CurrentItemPanel({ workshop }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const items = sortedItems(workshop);
  const current = currentItemOf(workshop);
  const index = current ? items.findIndex((i) => i.id === current.id) : -1;
  const [setCurrent, moving] = useMutation(SetCurrentWorkshopItemMutation);

  const show = async (target: number) => {
    const item = items[target];
    if (!item) {
      return;
    }
    const variables = {
      assessmentId: workshop.assessmentId,
      workshopId: workshop.id,
      itemId: item.id,
    };
    const result = await setCurrent({ variables }).catch(() => null);
    if (result?.data) {
      announce(t('workshops.run.moved', { number: target + 1 }));
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="workshop-current-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} id="workshop-current-title">
            {t('workshops.run.current')}
          </Title>
          {current ? (
            <Text fw={600} data-testid="current-position">
              {t('workshops.run.position', { number: index + 1, total: items.length })}
            </Text>
          ) : null}
        </Group>
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => void show(index - 1)}
            disabled={index <= 0 || moving.loading}
            data-testid="run-previous"
          >
            {t('workshops.run.previous')}
          </Button>
          <Button
            onClick={() => void show(index + 1)}
            disabled={index >= items.length - 1 || moving.loading}
            data-testid="run-next"
          >
            {t('workshops.run.next')}
          </Button>
        </Group>
        {moving.error ? <ErrorAlert error={moving.error} /> : null}
        {current ? (
          <Stack gap="sm" data-testid="current-item">
            <Badge variant="light">{t(`workshops.kind.${current.kind}`)}</Badge>
            <Text size="lg" fw={600} dir="auto" data-testid="current-statement">
              {current.statement}
            </Text>
            <TallyBars tally={current.tally} />
            <Stack gap={4}>
              <Text fw={600}>{t('workshops.run.comments')}</Text>
              {current.comments.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('workshops.run.noComments')}
                </Text>
              ) : (
                <Stack gap={4} component="ul" className="workshop-list" data-testid="vote-comments">
                  {current.comments.map((c, i) => (
                    <Text key={i} component="li" size="sm" dir="auto">
                      <Badge size="sm" variant="outline" me={6}>
                        {t(`workshops.vote.${c.vote}`)}
                      </Badge>
                      {c.comment}
                    </Text>
                  ))}
                </Stack>
              )}
            </Stack>
            <OutcomeForm key={current.id} assessmentId={workshop.assessmentId} item={current} />
          </Stack>
        ) : (
          <Text c="dimmed">{t('workshops.run.noCurrent')}</Text>
        )}
      </Stack>
    </Paper>
  );
}

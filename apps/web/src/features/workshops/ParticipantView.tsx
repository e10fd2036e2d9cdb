import { Badge, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../shared/components/PageLoader';
import { hasErrorCode, toAppErrors } from '../../shared/errors/app-errors';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import {
  currentItemOf,
  sortedItems,
  useLiveWorkshop,
  type WorkshopViewer,
} from './use-live-workshop';
import { VotePanel } from './VotePanel';

interface Props {
  viewer: WorkshopViewer;
  // The guest pass no longer opens the workshop (expired, workshop gone): ask for a name again.
  onPassRefused: () => void;
}

// A phone in the room: the item the moderator shows now, and the vote buttons. It follows the
// moderator live; the vote panel starts afresh (empty comment) on each new item.
export function ParticipantView({ viewer, onPassRefused }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { workshop, error, refetch } = useLiveWorkshop(viewer);
  const items = workshop ? sortedItems(workshop) : [];
  const current = workshop ? currentItemOf(workshop) : null;
  const number = current ? items.findIndex((i) => i.id === current.id) + 1 : 0;
  const refused = viewer.kind === 'guest' && error && hasErrorCode(toAppErrors(error), 'NOT_FOUND');

  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (current && shown.current && shown.current !== current.id) {
      announce(t('workshops.participant.followed', { number }));
    }
    shown.current = current?.id ?? null;
  }, [current, number, announce, t]);

  useEffect(() => {
    if (refused) {
      onPassRefused();
    }
  }, [refused, onPassRefused]);

  if (error && !workshop) {
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  if (!workshop) {
    return <PageLoader />;
  }
  return (
    <Stack gap="md" className="participant" data-testid="participant" data-status={workshop.status}>
      <Title order={1} size="h3" dir="auto">
        {workshop.title}
      </Title>
      {workshop.status === 'DRAFT' ? <Text>{t('workshops.participant.draft')}</Text> : null}
      {workshop.status === 'CLOSED' ? (
        <Text data-testid="participant-closed">{t('workshops.participant.closed')}</Text>
      ) : null}
      {workshop.status === 'OPEN' && !current ? (
        <Text>{t('workshops.participant.waiting')}</Text>
      ) : null}
      {workshop.status === 'OPEN' && current ? (
        <Paper withBorder p="md" data-testid="participant-item" data-item-id={current.id}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed" data-testid="participant-position">
              {t('workshops.run.position', { number, total: items.length })}
            </Text>
            <Badge variant="light">{t(`workshops.kind.${current.kind}`)}</Badge>
            <Text className="participant-statement" dir="auto" data-testid="participant-statement">
              {current.statement}
            </Text>
            <VotePanel
              key={current.id}
              workshopId={workshop.id}
              item={current}
              guestToken={viewer.kind === 'guest' ? viewer.guestToken : null}
            />
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}

import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { displayJoinCode } from './join-code';
import { joinAddress } from './join-address';
import { TallyBars } from './TallyBars';
import { currentItemOf, sortedItems, useLiveWorkshop } from './use-live-workshop';
import './workshops.css';

// /assessments/:id/workshops/:workshopId/present — the shared screen: no navigation or controls,
// large type, the code to join by, and the current item with its live tally. It follows the
// moderator through the workshopChanged subscription.
export function PresenterPage() {
  const { t } = useTranslation();
  const { id = '', workshopId = '' } = useParams();
  const { workshop, error, refetch } = useLiveWorkshop({
    kind: 'member',
    assessmentId: id,
    workshopId,
  });
  usePageTitle(workshop ? `${workshop.title} · ${t('workshops.present.title')}` : null);

  if (error && !workshop) {
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  if (!workshop) {
    return <PageLoader />;
  }
  const items = sortedItems(workshop);
  const current = currentItemOf(workshop);
  const number = current ? items.findIndex((i) => i.id === current.id) + 1 : 0;

  return (
    <main className="presenter" data-testid="presenter" data-status={workshop.status}>
      <Stack gap="xl" aria-live="polite">
        <Title order={1} className="presenter-meta" dir="auto">
          {workshop.title}
        </Title>
        {workshop.status === 'DRAFT' ? (
          <Text className="presenter-statement">{t('workshops.present.waiting')}</Text>
        ) : null}
        {workshop.status === 'CLOSED' ? (
          <Text className="presenter-statement">{t('workshops.present.ended')}</Text>
        ) : null}
        {workshop.status === 'OPEN' && current ? (
          <Stack gap="lg" data-testid="presenter-item" data-item-id={current.id}>
            <Text className="presenter-meta" c="dimmed" data-testid="presenter-position">
              {t('workshops.run.position', { number, total: items.length })} ·{' '}
              {t(`workshops.kind.${current.kind}`)}
            </Text>
            <Text className="presenter-statement" dir="auto" data-testid="presenter-statement">
              {current.statement}
            </Text>
            <TallyBars tally={current.tally} large />
          </Stack>
        ) : null}
      </Stack>
      {workshop.status === 'OPEN' && workshop.joinCode ? (
        <Stack gap="md" data-testid="presenter-join">
          <Text className="presenter-meta">{t('workshops.present.joinAt')}</Text>
          <Text className="presenter-address" data-testid="presenter-address">
            {joinAddress(window.location.origin)}
          </Text>
          <Text className="presenter-meta">{t('workshops.present.code')}</Text>
          <Text
            className="presenter-code"
            data-testid="presenter-code"
            aria-label={workshop.joinCode.split('').join(' ')}
          >
            {displayJoinCode(workshop.joinCode)}
          </Text>
          <Text className="presenter-meta" c="dimmed">
            {t('workshops.participants', { n: workshop.participantCount })}
          </Text>
        </Stack>
      ) : null}
    </main>
  );
}

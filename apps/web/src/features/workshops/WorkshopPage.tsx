import { useMutation } from '@apollo/client/react';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { useAssessmentOutlet } from '../assessment/assessment-outlet';
import { useMe } from '../auth/use-me';
import { useWorkspaceData } from '../workspace/use-workspace-data';
import { AddAgendaItem } from './AddAgendaItem';
import { AgendaItemRow } from './AgendaItemRow';
import { CurrentItemPanel } from './CurrentItemPanel';
import { placeOf } from './element-titles';
import { OutcomeForm } from './OutcomeForm';
import { sortedItems, useLiveWorkshop } from './use-live-workshop';
import { WorkshopControls } from './WorkshopControls';
import { WorkshopStatusBadge } from './WorkshopStatusBadge';
import {
  MoveWorkshopItemMutation,
  RemoveWorkshopItemMutation,
  SetCurrentWorkshopItemMutation,
} from './workshops.graphql';
import './workshops.css';

// A failed mutation shows through its hook's `error`; the rejected promise needs no handling.
const settle = (promise: Promise<unknown>) => void promise.catch(() => undefined);

// /assessments/:id/workshops/:workshopId — prepare the agenda, then run the workshop.
export function WorkshopPage() {
  const { t } = useTranslation();
  const { assessment } = useAssessmentOutlet();
  const { workshopId = '' } = useParams();
  const { me } = useMe();
  const tree = useWorkspaceData(assessment.id);
  const live = useLiveWorkshop({ kind: 'member', assessmentId: assessment.id, workshopId });
  const { workshop } = live;
  usePageTitle(workshop ? `${workshop.title} · ${assessment.title}` : assessment.title);
  const [move, moving] = useMutation(MoveWorkshopItemMutation);
  const [remove, removing] = useMutation(RemoveWorkshopItemMutation);
  const [setCurrent, showing] = useMutation(SetCurrentWorkshopItemMutation);
  const canManage = assessment.permissions.includes('workshops.manage') && !assessment.archived;

  if (live.error && !workshop) {
    return <ErrorAlert error={live.error} onRetry={() => void live.refetch()} />;
  }
  if (!workshop || !tree.assessment || !me) {
    return <PageLoader />;
  }
  const elements = tree.assessment.elements;
  const items = sortedItems(workshop);
  const editable = canManage && workshop.status !== 'CLOSED';
  const busy = moving.loading || removing.loading || showing.loading;
  const ids = { assessmentId: assessment.id };
  const actionError = moving.error ?? removing.error ?? showing.error;

  return (
    <Stack gap="md" data-testid="workshop-page">
      <Anchor component={Link} to={`/assessments/${assessment.id}/workshops`}>
        {t('workshops.back')}
      </Anchor>
      <Group justify="space-between" gap="xs">
        <Title order={2} dir="auto" data-testid="workshop-title">
          {workshop.title}
        </Title>
        <Group gap="sm">
          <Text size="sm" data-testid="workshop-participants">
            {t('workshops.participants', { n: workshop.participantCount })}
          </Text>
          <WorkshopStatusBadge status={workshop.status} />
        </Group>
      </Group>
      {canManage ? (
        <WorkshopControls
          workshop={workshop}
          presenterPath={`/assessments/${assessment.id}/workshops/${workshop.id}/present`}
        />
      ) : null}
      {canManage && workshop.status === 'OPEN' ? <CurrentItemPanel workshop={workshop} /> : null}
      <Stack gap="sm" component="section" aria-labelledby="workshop-agenda-title">
        <Title order={3} id="workshop-agenda-title">
          {t('workshops.agenda.title')}
        </Title>
        {items.length === 0 ? <Text c="dimmed">{t('workshops.agenda.empty')}</Text> : null}
        {actionError ? <ErrorAlert error={actionError} /> : null}
        <Stack gap="xs" component="ol" className="workshop-list" data-testid="agenda">
          {items.map((item, i) => (
            <AgendaItemRow
              key={item.id}
              item={item}
              number={i + 1}
              total={items.length}
              place={placeOf(elements, item.elementKey, item.subElementKey)}
              isCurrent={workshop.status === 'OPEN' && item.id === workshop.currentItemId}
              busy={busy}
              onMove={
                editable
                  ? (position) => settle(move({ variables: { ...ids, itemId: item.id, position } }))
                  : undefined
              }
              onRemove={
                editable
                  ? () => settle(remove({ variables: { ...ids, itemId: item.id } }))
                  : undefined
              }
              onShow={
                canManage && workshop.status === 'OPEN'
                  ? () =>
                      settle(
                        setCurrent({
                          variables: { ...ids, workshopId: workshop.id, itemId: item.id },
                        }),
                      )
                  : undefined
              }
            >
              {canManage && workshop.status === 'CLOSED' ? (
                <OutcomeForm assessmentId={assessment.id} item={item} />
              ) : null}
            </AgendaItemRow>
          ))}
        </Stack>
      </Stack>
      {editable ? (
        <AddAgendaItem
          assessmentId={assessment.id}
          workshopId={workshop.id}
          elements={elements}
          me={me}
          membership={tree.membership}
        />
      ) : null}
    </Stack>
  );
}

import { isRating } from '@idgov/assessment-doc';
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowDownIcon, ArrowUpIcon, TrashIcon } from '../../shared/components/icons';
import type { ItemPlace } from './element-titles';
import type { LiveWorkshopItem } from './use-live-workshop';

interface Props {
  item: LiveWorkshopItem;
  number: number;
  total: number;
  place: ItemPlace;
  isCurrent: boolean;
  // Absent actions are not offered (wrong state, or not the moderator).
  onMove?: (position: number) => void;
  onRemove?: () => void;
  onShow?: () => void;
  busy: boolean;
  children?: ReactNode;
}

// One agenda entry: what is validated, where it comes from, and what became of it.
export function AgendaItemRow(props: Props) {
  const { item, number, total, place, isCurrent, onMove, onRemove, onShow, busy, children } = props;
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="sm"
      component="li"
      data-testid="agenda-item"
      data-current={isCurrent}
      aria-current={isCurrent ? 'step' : undefined}
      style={isCurrent ? { borderColor: 'var(--mantine-color-teal-6)', borderWidth: 2 } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Group gap="xs">
            <Text fw={700}>{number}.</Text>
            <Badge variant="light">{t(`workshops.kind.${item.kind}`)}</Badge>
            {isCurrent ? <Badge color="teal">{t('workshops.agenda.current')}</Badge> : null}
            {item.outcome ? (
              <Badge color="grape" variant="light" data-testid="agenda-outcome">
                {t(`workshops.outcome.${item.outcome}`)}
              </Badge>
            ) : null}
          </Group>
          <Group gap={4} wrap="nowrap">
            {onShow && !isCurrent ? (
              <Button
                size="xs"
                variant="light"
                onClick={onShow}
                disabled={busy}
                data-testid="agenda-show"
              >
                {t('workshops.agenda.makeCurrent')}
              </Button>
            ) : null}
            {onMove ? (
              <>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('workshops.agenda.moveUp', { number })}
                  disabled={busy || number === 1}
                  onClick={() => onMove(item.position - 1)}
                >
                  <ArrowUpIcon size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('workshops.agenda.moveDown', { number })}
                  disabled={busy || number === total}
                  onClick={() => onMove(item.position + 1)}
                >
                  <ArrowDownIcon size={16} />
                </ActionIcon>
              </>
            ) : null}
            {onRemove && item.tally.total === 0 ? (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('workshops.agenda.remove', { number })}
                disabled={busy}
                onClick={onRemove}
                data-testid="agenda-remove"
              >
                <TrashIcon size={16} />
              </ActionIcon>
            ) : null}
          </Group>
        </Group>
        <Text dir="auto" data-testid="agenda-statement">
          {item.statement}
        </Text>
        <Text size="sm" c="dimmed">
          {t('workshops.agenda.where', { ...place })}
          {item.rating
            ? ` · ${t('workshops.agenda.ratingWas', { rating: isRating(item.rating) ? t(`workspace.rating.value.${item.rating}`) : item.rating })}`
            : ''}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

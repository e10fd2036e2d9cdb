import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Drawer,
  Group,
  SegmentedControl,
  Stack,
  Text,
  useDirection,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { ElementSuggestionsQuery } from './discussion.graphql';
import { pendingCount, type DiscussionAbilities } from './discussion-logic';
import { SuggestionCard } from './SuggestionCard';

type View = 'pending' | 'mine' | 'all';

interface Props {
  assessmentId: string;
  elementKey: string;
  abilities: DiscussionAbilities;
  labels: ReadonlyMap<string, string>;
}

// The element's suggestions in a side drawer: pending ones (moderators decide them here), the
// viewer's own with what became of each, or all. The button shows how many are pending.
export function SuggestionsPanel({ assessmentId, elementKey, abilities, labels }: Props) {
  const { t } = useTranslation();
  const { dir } = useDirection();
  const [opened, setOpened] = useState(false);
  const [view, setView] = useState<View>('pending');
  const { data, error, refetch } = useQuery(ElementSuggestionsQuery, {
    variables: { assessmentId, filter: { elementKey } },
    fetchPolicy: 'cache-and-network',
  });
  const all = data?.suggestions ?? [];
  const pending = pendingCount(all);
  const shown = all.filter((s) =>
    view === 'pending' ? s.status === 'PENDING' : view === 'mine' ? s.createdByYou : true,
  );
  return (
    <>
      <Group justify="flex-end">
        <Button
          size="xs"
          variant="default"
          onClick={() => setOpened(true)}
          aria-haspopup="dialog"
          aria-label={
            pending > 0 ? t('discussion.suggestions.openWithCount', { count: pending }) : undefined
          }
          rightSection={
            pending > 0 ? (
              <Badge size="xs" circle>
                {pending}
              </Badge>
            ) : null
          }
          data-testid="suggestions-open"
        >
          {t('discussion.suggestions.open')}
        </Button>
      </Group>
      <Drawer
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('discussion.suggestions.title')}
        position={dir === 'rtl' ? 'left' : 'right'}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
        data-testid="suggestions-drawer"
      >
        <Stack gap="md">
          <SegmentedControl
            value={view}
            onChange={setView}
            data={(['pending', 'mine', 'all'] as const).map((v) => ({
              value: v,
              label: t(`discussion.suggestions.${v}`),
            }))}
          />
          <ErrorAlert error={error} onRetry={() => void refetch()} />
          {!data && !error ? <PageLoader /> : null}
          {data && shown.length === 0 ? (
            <Text c="dimmed">{t('discussion.suggestions.none')}</Text>
          ) : null}
          {shown.map((s) => (
            <SuggestionCard
              key={s.id}
              assessmentId={assessmentId}
              suggestion={s}
              labels={labels}
              mayDecide={abilities.decide}
              onChanged={() => void refetch()}
            />
          ))}
        </Stack>
      </Drawer>
    </>
  );
}

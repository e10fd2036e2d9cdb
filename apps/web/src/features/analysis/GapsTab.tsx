import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from '../../shared/components/icons';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { toGapFilter, type GapParams, type StructureIndex } from './analysis-display';
import { InformationGapsQuery } from './analysis.graphql';
import type { AnalysisElement, AnalysisMember, GapRow } from './analysis-types';
import { GapActions } from './GapActions';
import { GapFilters } from './GapFilters';
import { GapFormModal, type GapFormTarget } from './GapFormModal';

interface Props {
  assessmentId: string;
  elements: readonly AnalysisElement[];
  members: readonly AnalysisMember[];
  index: StructureIndex;
  params: GapParams;
  onChange: (change: Partial<GapParams>) => void;
  canManage: boolean;
}

// A long list (hundreds of derived gaps at the start) is shown in steps.
const step = 100;

const statusColour = { OPEN: 'orange', ACKNOWLEDGED: 'blue', RESOLVED: 'teal' } as const;

export function GapsTab({
  assessmentId,
  elements,
  members,
  index,
  params,
  onChange,
  canManage,
}: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<GapFormTarget | null>(null);
  const [shown, setShown] = useState(step);
  const { data, previousData, error, loading, refetch } = useQuery(InformationGapsQuery, {
    variables: { assessmentId, filter: toGapFilter(params) },
    fetchPolicy: 'cache-and-network',
  });
  const list = (data ?? previousData)?.informationGaps;
  const where = (g: GapRow) =>
    [index.element.get(g.elementKey), index.subElement.get(g.subElementKey)]
      .filter(Boolean)
      .join(' › ');

  return (
    <Stack gap="md" data-testid="analysis-gaps">
      <Group justify="space-between" align="flex-end">
        <GapFilters elements={elements} params={params} onChange={onChange} />
        {canManage ? (
          <Button
            leftSection={<PlusIcon size={16} />}
            onClick={() => setForm({ mode: 'raise' })}
            data-testid="gap-raise-open"
          >
            {t('analysis.gaps.raise')}
          </Button>
        ) : null}
      </Group>
      {error && !list ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!list && !error ? <PageLoader /> : null}
      {list ? (
        <Stack gap="xs" aria-busy={loading}>
          <Text size="sm" c="dimmed" role="status" data-testid="gaps-count">
            {t('analysis.gaps.total', { count: list.total })}
          </Text>
          {list.items.length === 0 ? (
            <Paper withBorder p="xl" ta="center">
              <Text>{t('analysis.gaps.empty')}</Text>
            </Paper>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table striped verticalSpacing="xs" data-testid="gaps-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('analysis.gaps.where')}</Table.Th>
                    <Table.Th>{t('analysis.gaps.kind')}</Table.Th>
                    <Table.Th>{t('analysis.gaps.description')}</Table.Th>
                    <Table.Th>{t('analysis.gaps.owner')}</Table.Th>
                    <Table.Th>{t('analysis.gaps.due')}</Table.Th>
                    <Table.Th>{t('analysis.gaps.status')}</Table.Th>
                    {canManage ? <Table.Th>{t('analysis.gaps.actions')}</Table.Th> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.items.slice(0, shown).map((gap) => (
                    <Table.Tr key={gap.id} data-testid="gap-row" data-kind={gap.kind}>
                      <Table.Td>
                        <Text size="sm">{where(gap)}</Text>
                        {gap.questionKey ? (
                          <Text size="xs" c="dimmed" dir="auto">
                            {index.question.get(gap.questionKey) ?? gap.questionKey}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={gap.kind === 'TRACKED' ? 'indigo' : 'gray'}>
                          {t(`analysis.gapKind.${gap.kind}`)}
                        </Badge>
                        {gap.trackedGapId ? (
                          <Text size="xs" c="dimmed">
                            {t('analysis.gaps.trackedAlready')}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td dir="auto">{gap.description ?? ''}</Table.Td>
                      <Table.Td>
                        {gap.kind === 'TRACKED'
                          ? (gap.owner?.label ?? t('analysis.gaps.noOwner'))
                          : ''}
                      </Table.Td>
                      <Table.Td>
                        {gap.dueDate ?? ''}
                        {gap.overdue ? (
                          <Badge color="red" variant="filled" ms="xs" data-testid="gap-overdue">
                            {t('analysis.gaps.overdue')}
                          </Badge>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        {gap.status ? (
                          <Badge color={statusColour[gap.status]} variant="light">
                            {t(`analysis.gapStatus.${gap.status}`)}
                          </Badge>
                        ) : null}
                      </Table.Td>
                      {canManage ? (
                        <Table.Td>
                          <GapActions
                            assessmentId={assessmentId}
                            gap={gap}
                            onEdit={(mode) => setForm({ mode, gap })}
                          />
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {list.items.length > shown ? (
            <Button
              variant="default"
              onClick={() => setShown((n) => n + step)}
              data-testid="gaps-more"
            >
              {t('analysis.gaps.showMore', { shown, total: list.total })}
            </Button>
          ) : null}
        </Stack>
      ) : null}
      <GapFormModal
        assessmentId={assessmentId}
        elements={elements}
        members={members}
        target={form}
        onClose={() => setForm(null)}
        onSaved={() => {
          setForm(null);
          void refetch();
        }}
      />
    </Stack>
  );
}

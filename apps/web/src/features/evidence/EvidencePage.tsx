import { useQuery } from '@apollo/client/react';
import { Button, Group, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PlusIcon } from '../../shared/components/icons';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { useAssessmentOutlet } from '../assessment/assessment-outlet';
import { mayAddEvidence } from './evidence-abilities';
import { EvidenceListQuery } from './evidence.graphql';
import { EvidenceFormModal } from './EvidenceFormModal';
import { EvidenceTable } from './EvidenceTable';
import { LibraryFilters } from './LibraryFilters';
import {
  pageCount,
  readLibraryParams,
  toEvidenceFilter,
  toEvidencePage,
  withFilter,
  writeLibraryParams,
  type LibraryParams,
} from './library-params';

// The assessment's evidence library (desk research and interviews of the Prepare step).
export function EvidencePage() {
  const { t } = useTranslation();
  const { assessment } = useAssessmentOutlet();
  usePageTitle(`${t('evidence.library.title')} · ${assessment.title}`);
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readLibraryParams(searchParams);
  const [adding, setAdding] = useState(false);
  const basePath = `/assessments/${assessment.id}/evidence`;
  const { data, previousData, error, loading, refetch } = useQuery(EvidenceListQuery, {
    variables: {
      assessmentId: assessment.id,
      filter: toEvidenceFilter(params),
      page: toEvidencePage(params.page),
    },
    fetchPolicy: 'cache-and-network',
  });
  // The previous results stay on screen while a new search runs.
  const list = (data ?? previousData)?.evidence;

  const change = (next: Partial<LibraryParams>) =>
    setSearchParams(writeLibraryParams(withFilter(params, next), searchParams), {
      replace: next.search !== undefined,
    });

  return (
    <Stack gap="lg" data-testid="evidence-page">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{t('evidence.library.title')}</Title>
          <Text c="dimmed" maw={760}>
            {t('evidence.library.intro')}
          </Text>
        </Stack>
        {mayAddEvidence(assessment) ? (
          <Button
            leftSection={<PlusIcon size={16} />}
            onClick={() => setAdding(true)}
            data-testid="evidence-add-open"
          >
            {t('evidence.library.add')}
          </Button>
        ) : null}
      </Group>
      <LibraryFilters params={params} onChange={change} />
      {error && !list ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!list && !error ? <PageLoader /> : null}
      {list ? (
        <Stack gap="sm" aria-busy={loading}>
          <Text size="sm" c="dimmed" role="status" data-testid="evidence-count">
            {t('evidence.library.total', { count: list.total })}
          </Text>
          {list.items.length === 0 ? (
            <Paper withBorder p="xl" ta="center" data-testid="evidence-empty">
              <Text>
                {params.search || params.kind || params.confidentiality
                  ? t('evidence.library.noMatch')
                  : t('evidence.library.empty')}
              </Text>
            </Paper>
          ) : (
            <EvidenceTable basePath={basePath} items={list.items} />
          )}
          {list.total > list.items.length || params.page > 1 ? (
            <Pagination
              total={pageCount(list.total)}
              value={params.page}
              onChange={(page) => change({ page })}
              getControlProps={(control) => ({
                'aria-label': t(`evidence.library.page.${control}`),
              })}
              getItemProps={(page) => ({ 'aria-label': t('evidence.library.pageN', { page }) })}
              data-testid="evidence-pagination"
            />
          ) : null}
        </Stack>
      ) : null}
      <EvidenceFormModal
        assessmentId={assessment.id}
        opened={adding}
        onClose={() => setAdding(false)}
        onSaved={(id) => {
          setAdding(false);
          if (id) {
            void navigate(`${basePath}/${id}`);
          }
        }}
      />
    </Stack>
  );
}

import { useQuery } from '@apollo/client/react';
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { useAssessmentOutlet } from '../assessment/assessment-outlet';
import {
  analysisTabs,
  indexStructure,
  readGapParams,
  writeGapParams,
  type GapParams,
} from './analysis-display';
import { AnalysisContextQuery } from './analysis.graphql';
import { GapsTab } from './GapsTab';
import { MatrixTab } from './MatrixTab';
import { RatingsTab } from './RatingsTab';

// Analyse: information gaps, the strengths-and-weaknesses matrix and ratings by stakeholder group.
export function AnalysisPage() {
  const { t } = useTranslation();
  const { assessment } = useAssessmentOutlet();
  usePageTitle(`${t('analysis.title')} · ${assessment.title}`);
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readGapParams(searchParams);
  const change = (next: Partial<GapParams>) =>
    setSearchParams(writeGapParams({ ...params, ...next }));
  const { data, error, refetch } = useQuery(AnalysisContextQuery, {
    variables: { id: assessment.id },
  });
  const context = data?.assessment;
  const elements = (context?.elements ?? []).map((e) => ({
    ...e,
    subElements: e.subElements.filter((s) => s.enabled),
  }));
  const index = indexStructure(elements);
  const has = (action: string) => assessment.permissions.includes(action) && !assessment.archived;

  return (
    <Stack gap="lg" data-testid="analysis-page">
      <Stack gap={4}>
        <Title order={2}>{t('analysis.title')}</Title>
        <Text c="dimmed" maw={760}>
          {t('analysis.intro')}
        </Text>
      </Stack>
      {error && !context ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!context && !error ? <PageLoader /> : null}
      {context ? (
        <Tabs
          value={params.tab}
          onChange={(tab) => {
            const next = analysisTabs.find((k) => k === tab);
            if (next) {
              change({ tab: next });
            }
          }}
          keepMounted={false}
        >
          <Tabs.List>
            {analysisTabs.map((tab) => (
              <Tabs.Tab key={tab} value={tab} data-testid={`analysis-tab-${tab}`}>
                {t(`analysis.tabs.${tab}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="gaps" pt="md">
            <GapsTab
              assessmentId={assessment.id}
              elements={elements}
              members={context.members}
              index={index}
              params={params}
              onChange={change}
              canManage={has('gaps.manage')}
            />
          </Tabs.Panel>
          <Tabs.Panel value="matrix" pt="md">
            <MatrixTab assessmentId={assessment.id} />
          </Tabs.Panel>
          <Tabs.Panel value="ratings" pt="md">
            <RatingsTab
              assessmentId={assessment.id}
              elements={elements}
              canRate={has('ratings.submit')}
              canConsolidate={has('ratings.consolidate')}
            />
          </Tabs.Panel>
        </Tabs>
      ) : null}
    </Stack>
  );
}

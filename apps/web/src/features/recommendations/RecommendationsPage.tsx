import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { RecommendationFieldsFragment } from '../../gql/graphql';
import { PlusIcon } from '../../shared/components/icons';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { useAssessmentOutlet } from '../assessment/assessment-outlet';
import { RecommendationFormModal } from './RecommendationFormModal';
import { RecommendationList } from './RecommendationList';
import { RoadmapView } from './RoadmapView';
import { useRecommendationOptions } from './use-recommendation-options';

// Recommendations of the Engage step and the implementation roadmap ("?tab=roadmap").
export function RecommendationsPage() {
  const { t } = useTranslation();
  const { assessment } = useAssessmentOutlet();
  usePageTitle(`${t('recommendations.title')} · ${assessment.title}`);
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = searchParams.get('tab') === 'roadmap' ? 'roadmap' : 'list';
  const options = useRecommendationOptions(assessment.id);
  const [editing, setEditing] = useState<RecommendationFieldsFragment | null>(null);
  const [adding, setAdding] = useState(false);
  const mayManage =
    assessment.permissions.includes('recommendations.manage') && !assessment.archived;

  return (
    <Stack gap="lg" data-testid="recommendations-page">
      <Group justify="space-between" align="flex-start" className="no-print">
        <Stack gap={4}>
          <Title order={2}>{t('recommendations.title')}</Title>
          <Text c="dimmed" maw={760}>
            {t('recommendations.intro')}
          </Text>
        </Stack>
        {mayManage ? (
          <Button
            leftSection={<PlusIcon size={16} />}
            onClick={() => setAdding(true)}
            disabled={!options.loaded}
            data-testid="recommendation-add-open"
          >
            {t('recommendations.add')}
          </Button>
        ) : null}
      </Group>
      {options.error ? (
        <ErrorAlert error={options.error} onRetry={() => void options.refetch()} />
      ) : null}
      <Tabs
        value={tab}
        onChange={(v) =>
          setSearchParams(v === 'roadmap' ? { tab: 'roadmap' } : {}, { replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="list" data-testid="recommendations-tab-list">
            {t('recommendations.tabs.list')}
          </Tabs.Tab>
          <Tabs.Tab value="roadmap" data-testid="recommendations-tab-roadmap">
            {t('recommendations.tabs.roadmap')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <RecommendationList
            assessmentId={assessment.id}
            options={options}
            onEdit={mayManage ? setEditing : null}
          />
        </Tabs.Panel>
        <Tabs.Panel value="roadmap" pt="md">
          <RoadmapView assessmentId={assessment.id} options={options} />
        </Tabs.Panel>
      </Tabs>
      <RecommendationFormModal
        assessmentId={assessment.id}
        options={options}
        recommendation={editing}
        opened={adding || editing !== null}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
      />
    </Stack>
  );
}

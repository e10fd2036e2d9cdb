import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { useAssessmentOutlet } from '../assessment/assessment-outlet';
import { useWorkspaceData } from './use-workspace-data';
import { countQuestions, mayEditElement, workspaceOutline } from './workspace-outline';
import './workspace.css';

// /assessments/:id/elements — every element, with whether the viewer edits or reads it.
export function ElementsPage() {
  const { t } = useTranslation();
  const { assessment } = useAssessmentOutlet();
  usePageTitle(`${t('workspace.title')} · ${assessment.title}`);
  const data = useWorkspaceData(assessment.id);

  if (data.error && !data.assessment) {
    return <ErrorAlert error={data.error} onRetry={() => void data.refetch()} />;
  }
  if (!data.assessment) {
    return <PageLoader />;
  }
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2}>{t('workspace.title')}</Title>
        <Text c="dimmed" maw={760}>
          {t('workspace.intro')}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} component="ol" className="plain-list">
        {data.assessment.elements.map((element, index) => {
          const canEdit = mayEditElement(data.actionsOf(element.key), assessment.archived);
          const questions = countQuestions(workspaceOutline(element));
          return (
            <Paper component="li" withBorder p="md" key={element.key} className="link-card">
              <Stack gap={6}>
                <Anchor
                  component={Link}
                  to={`/assessments/${assessment.id}/elements/${element.key}`}
                  fw={600}
                  lang="en"
                  dir="auto"
                  data-testid={`element-link-${element.key}`}
                >
                  {index + 1}. {element.title}
                </Anchor>
                <Group gap="xs">
                  <Badge variant="light" color={canEdit ? 'blue' : 'gray'}>
                    {canEdit ? t('workspace.youEdit') : t('workspace.youRead')}
                  </Badge>
                  <Text size="sm" c="dimmed">
                    {t('workspace.questionCount', { count: questions })}
                  </Text>
                </Group>
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}

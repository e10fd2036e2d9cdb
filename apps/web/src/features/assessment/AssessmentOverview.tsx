import { Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PencilIcon } from '../../shared/components/icons';
import { PhaseBadge } from '../../shared/components/PhaseBadge';
import { formatDateTime } from '../../shared/format/date-time';
import { useCountryName } from '../../shared/hooks/use-country-name';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { ArchiveControls } from './ArchiveControls';
import { assessmentAbilities, useAssessmentOutlet } from './assessment-outlet';
import { EditAssessmentModal } from './EditAssessmentModal';
import { PhaseActions } from './PhaseActions';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

export function AssessmentOverview() {
  const { t, i18n } = useTranslation();
  const { assessment } = useAssessmentOutlet();
  usePageTitle(assessment.title);
  const countryName = useCountryName();
  const can = assessmentAbilities(assessment);
  const [editing, setEditing] = useState(false);

  return (
    <Stack gap="lg" data-testid="assessment-overview">
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} component="dl" m={0}>
          <Fact label={t('assessment.country')}>{countryName(assessment.country)}</Fact>
          <Fact label={t('assessment.phase')}>
            <PhaseBadge phase={assessment.phase} />{' '}
            <Text span size="sm" c="dimmed">
              {t(`phaseHint.${assessment.phase}`)}
            </Text>
          </Fact>
          <Fact label={t('assessment.frameworkVersion')}>{assessment.frameworkVersion}</Fact>
          <Fact label={t('assessment.created')}>
            {formatDateTime(assessment.createdAt, i18n.language)}
          </Fact>
          <Fact label={t('assessment.updated')}>
            {formatDateTime(assessment.updatedAt, i18n.language)}
          </Fact>
        </SimpleGrid>
      </Paper>

      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('assessment.scope')}
          </Title>
          {can.edit ? (
            <Button
              variant="light"
              leftSection={<PencilIcon />}
              onClick={() => setEditing(true)}
              data-testid="edit-assessment"
            >
              {t('assessment.editDetails')}
            </Button>
          ) : null}
        </Group>
        <Text className="pre-line" dir="auto" c={assessment.scope ? undefined : 'dimmed'}>
          {assessment.scope || t('assessment.noScope')}
        </Text>
      </Stack>

      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('assessment.useCases')}
        </Title>
        {assessment.nationalUseCases.length > 0 ? (
          <List data-testid="use-cases">
            {assessment.nationalUseCases.map((u) => (
              <List.Item key={u} dir="auto">
                {u}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text c="dimmed">{t('assessment.noUseCases')}</Text>
        )}
      </Stack>

      {can.changePhase ? <PhaseActions assessment={assessment} /> : null}
      {can.archive || can.restore ? <ArchiveControls assessment={assessment} /> : null}
      {can.edit ? (
        <EditAssessmentModal
          assessment={assessment}
          opened={editing}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </Stack>
  );
}

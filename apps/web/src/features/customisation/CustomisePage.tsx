import { useQuery } from '@apollo/client/react';
import { Alert, Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { assessmentAbilities, useAssessmentOutlet } from '../assessment/assessment-outlet';
import { CustomisationQuery } from './customisation.graphql';
import { SubElementCustomiser } from './SubElementCustomiser';
import { ElementNav } from '../../shared/components/ElementNav';

export function CustomisePage() {
  const { t } = useTranslation();
  const { assessment } = useAssessmentOutlet();
  const { elementKey } = useParams();
  usePageTitle(`${t('customise.title')} · ${assessment.title}`);
  const { data, error, refetch } = useQuery(CustomisationQuery, {
    variables: { id: assessment.id },
  });
  const base = `/assessments/${assessment.id}/customise`;

  if (error && !data) {
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  if (!data) {
    return <PageLoader />;
  }
  const elements = data.assessment.elements;
  const index = elementKey ? elements.findIndex((e) => e.key === elementKey) : 0;
  const element = elements[index];
  if (!element) {
    return elementKey ? <Navigate to={base} replace /> : null;
  }
  const canEdit = assessmentAbilities(assessment).customise;
  const mayCustomise = assessment.permissions.includes('assessment.customise');

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2}>{t('customise.title')}</Title>
        <Text c="dimmed" maw={760}>
          {t('customise.intro')}
        </Text>
      </Stack>
      {!canEdit ? (
        <Alert
          color="gray"
          variant="light"
          title={t('customise.lockedTitle')}
          data-testid="customise-locked"
        >
          {!mayCustomise
            ? t('errors.code.FORBIDDEN')
            : assessment.archived
              ? t('customise.lockedArchived')
              : t('customise.lockedPhase', { phase: t(`phase.${assessment.phase}`) })}
        </Alert>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <ElementNav
            label={t('customise.elementsNav')}
            base={base}
            elements={elements}
            index={index}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="md" data-testid="customise-element">
            <Title order={3} lang="en" dir="auto">
              {index + 1}. {element.title}
            </Title>
            {element.subElements.map((s) => (
              <SubElementCustomiser
                key={s.id}
                assessmentId={assessment.id}
                subElement={s}
                canEdit={canEdit}
              />
            ))}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

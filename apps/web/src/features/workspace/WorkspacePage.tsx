import { parseDocumentName } from '@idgov/assessment-doc';
import { Grid } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { useAssessmentOutlet } from '../assessment/assessment-outlet';
import { useMe } from '../auth/use-me';
import { ElementWorkspace } from './ElementWorkspace';
import { useWorkspaceData } from './use-workspace-data';
import { mayEditElement } from './workspace-outline';
import './workspace.css';
import { ElementNav } from '../../shared/components/ElementNav';

// /assessments/:id/elements/:elementKey — the element's workspace, with the other elements beside.
export function WorkspacePage() {
  const { t } = useTranslation();
  const { assessment } = useAssessmentOutlet();
  const { elementKey = '' } = useParams();
  const { me } = useMe();
  const data = useWorkspaceData(assessment.id);
  const { refetch } = data;
  const elements = data.assessment?.elements ?? [];
  const index = elements.findIndex((e) => e.key === elementKey);
  const element = elements[index];
  usePageTitle(element ? `${element.title} · ${assessment.title}` : assessment.title);
  const onAccessChanged = useCallback(() => void refetch(), [refetch]);
  const base = `/assessments/${assessment.id}/elements`;

  if (data.error && !data.assessment) {
    return <ErrorAlert error={data.error} onRetry={() => void refetch()} />;
  }
  if (!data.assessment || !me) {
    return <PageLoader />;
  }
  const valid = parseDocumentName(`assessment.${assessment.id}.element.${elementKey}`) !== null;
  if (!element || !valid) {
    return <Navigate to={base} replace />;
  }

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 3 }}>
        <ElementNav
          label={t('workspace.elementsNav')}
          base={base}
          elements={elements}
          index={index}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        <ElementWorkspace
          key={element.key}
          assessmentId={assessment.id}
          element={element}
          number={index + 1}
          canEdit={mayEditElement(data.actionsOf(element.key), assessment.archived)}
          me={me}
          membership={data.membership}
          onAccessChanged={onAccessChanged}
        />
      </Grid.Col>
    </Grid>
  );
}

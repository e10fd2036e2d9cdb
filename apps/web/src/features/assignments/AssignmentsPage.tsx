import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { useAssessmentOutlet } from '../assessment/assessment-outlet';
import { OrganisationsQuery } from '../members/members.graphql';
import { assignmentRows, mayAssignElements, type AssignmentRow } from './assignments';
import { AssignmentsQuery } from './assignments.graphql';
import { AssignmentsTable } from './AssignmentsTable';
import { AssignElementModal } from './AssignElementModal';

// Lead and contributing organisations per element: moderators change them, everyone else reads
// them, and each viewer sees what they may do on every element.
export function AssignmentsPage() {
  const { t } = useTranslation();
  const { assessment } = useAssessmentOutlet();
  usePageTitle(`${t('assignments.title')} · ${assessment.title}`);
  const [editing, setEditing] = useState<AssignmentRow | null>(null);
  const assignments = useQuery(AssignmentsQuery, {
    variables: { id: assessment.id },
    fetchPolicy: 'cache-and-network',
  });
  const organisations = useQuery(OrganisationsQuery);
  const error = assignments.error ?? organisations.error;

  if (error && !(assignments.data && organisations.data)) {
    return (
      <ErrorAlert
        error={error}
        onRetry={() => {
          void assignments.refetch();
          void organisations.refetch();
        }}
      />
    );
  }
  if (!assignments.data || !organisations.data) {
    return <PageLoader />;
  }
  const orgs = organisations.data.organisations;
  const rows = assignmentRows(
    assignments.data.assessment.elements,
    assignments.data.assessment.elementAssignments,
    orgs,
  );
  const canAssign = mayAssignElements(assessment.permissions);

  return (
    <Stack gap="lg" data-testid="assignments-page">
      <Stack gap={4}>
        <Title order={2}>{t('assignments.title')}</Title>
        <Text c="dimmed" maw={760}>
          {t('assignments.intro')}
        </Text>
      </Stack>
      <AssignmentsTable rows={rows} onEdit={canAssign ? setEditing : undefined} />
      {canAssign ? (
        <AssignElementModal
          assessmentId={assessment.id}
          row={editing}
          organisations={orgs}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Stack>
  );
}

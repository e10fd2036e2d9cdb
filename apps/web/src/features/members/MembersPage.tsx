import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { useAssessmentOutlet } from '../assessment/assessment-outlet';
import { useMe } from '../auth/use-me';
import { AttributionChooser } from './AttributionChooser';
import { MemberInvitations } from './MemberInvitations';
import { mayChooseAttribution, mayManageMembers } from './member-abilities';
import { MembersQuery } from './members.graphql';
import { MembersTable } from './MembersTable';
import { RolesLegend } from './RolesLegend';

export function MembersPage() {
  const { t } = useTranslation();
  const { assessment } = useAssessmentOutlet();
  usePageTitle(`${t('members.title')} · ${assessment.title}`);
  const { me } = useMe();
  const { data, error, refetch } = useQuery(MembersQuery, {
    variables: { id: assessment.id },
    fetchPolicy: 'cache-and-network',
  });

  if (error && !data) {
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  if (!data) {
    return <PageLoader />;
  }
  const { members } = data.assessment;
  const self = members.find((m) => m.isYou);
  const viewer = { isPlatformAdmin: me?.isPlatformAdmin ?? false };
  const manages = mayManageMembers(assessment.permissions);

  return (
    <Stack gap="lg" data-testid="members-page">
      <Stack gap={4}>
        <Title order={2}>{t('members.title')}</Title>
        <Text c="dimmed" maw={760}>
          {t('members.intro')}
        </Text>
      </Stack>
      {self && mayChooseAttribution(self) ? (
        <AttributionChooser assessmentId={assessment.id} member={self} />
      ) : null}
      <MembersTable
        assessmentId={assessment.id}
        members={members}
        permissions={assessment.permissions}
        viewer={viewer}
      />
      {manages ? (
        <MemberInvitations
          assessmentId={assessment.id}
          canInvite={!assessment.archived}
          viewer={viewer}
        />
      ) : null}
      <RolesLegend moderatorsByAdmin={manages && !viewer.isPlatformAdmin} />
    </Stack>
  );
}

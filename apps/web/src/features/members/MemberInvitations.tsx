import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { InvitationsQuery } from './invitations.graphql';
import { InvitationsTable } from './InvitationsTable';
import { InviteForm } from './InviteForm';
import { grantableRoles, type Viewer } from './member-abilities';
import { OrganisationsQuery } from './members.graphql';

interface Props {
  assessmentId: string;
  // Archived assessments take no new members (the API refuses).
  canInvite: boolean;
  viewer: Viewer;
}

// For those who manage members: the invitation form and the invitations sent so far.
export function MemberInvitations({ assessmentId, canInvite, viewer }: Props) {
  const invitations = useQuery(InvitationsQuery, {
    variables: { assessmentId },
    fetchPolicy: 'cache-and-network',
  });
  const organisations = useQuery(OrganisationsQuery);
  const error = invitations.error ?? organisations.error;

  if (error && !(invitations.data && organisations.data)) {
    return (
      <ErrorAlert
        error={error}
        onRetry={() => {
          void invitations.refetch();
          void organisations.refetch();
        }}
      />
    );
  }
  if (!invitations.data || !organisations.data) {
    return <PageLoader />;
  }
  return (
    <Stack gap="lg">
      {canInvite ? (
        <InviteForm
          assessmentId={assessmentId}
          roles={grantableRoles(viewer)}
          organisations={organisations.data.organisations}
        />
      ) : null}
      <InvitationsTable
        assessmentId={assessmentId}
        invitations={invitations.data.invitations}
        viewer={viewer}
      />
    </Stack>
  );
}

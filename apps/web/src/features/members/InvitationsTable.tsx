import { Badge, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvitationFieldsFragment, InvitationStatus } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/date-time';
import { mayRevokeInvitation, type Viewer } from './member-abilities';
import { RevokeInvitationButton } from './RevokeInvitationButton';

const statusColor: Record<InvitationStatus, string> = {
  PENDING: 'blue',
  ACCEPTED: 'green',
  REVOKED: 'gray',
  EXPIRED: 'orange',
};

interface Props {
  assessmentId: string;
  invitations: readonly InvitationFieldsFragment[];
  viewer: Viewer;
}

export function InvitationsTable({ assessmentId, invitations, viewer }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="invitations-title">
      <Title order={3} size="h4" id="invitations-title">
        {t('invitations.title')}
      </Title>
      {invitations.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="invitations-empty">
          {t('invitations.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="xs" data-testid="invitations-table">
            <VisuallyHidden component="caption">{t('invitations.tableCaption')}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('invitations.columnEmail')}</Table.Th>
                <Table.Th scope="col">{t('invitations.columnRole')}</Table.Th>
                <Table.Th scope="col">{t('invitations.columnOrganisation')}</Table.Th>
                <Table.Th scope="col">{t('invitations.columnStatus')}</Table.Th>
                <Table.Th scope="col">{t('invitations.columnExpires')}</Table.Th>
                <Table.Th scope="col">{t('invitations.columnActions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.map((inv) => (
                <Table.Tr key={inv.id} data-testid="invitation-row">
                  <Table.Th scope="row" fw={500}>
                    <Text size="sm" dir="ltr" className="break-anywhere">
                      {inv.email}
                    </Text>
                  </Table.Th>
                  <Table.Td>{t(`role.${inv.role}`)}</Table.Td>
                  <Table.Td dir="auto">{inv.organisation?.name ?? '—'}</Table.Td>
                  <Table.Td>
                    <Badge
                      color={statusColor[inv.status]}
                      variant="light"
                      data-testid="invitation-status"
                    >
                      {t(`invitations.status.${inv.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" component="time" dateTime={inv.expiresAt}>
                      {formatDateTime(inv.expiresAt, i18n.language)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {mayRevokeInvitation(viewer, inv) ? (
                      <RevokeInvitationButton
                        assessmentId={assessmentId}
                        invitationId={inv.id}
                        email={inv.email}
                      />
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

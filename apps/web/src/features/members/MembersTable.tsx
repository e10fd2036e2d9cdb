import { Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { memberControls, type Member, type Viewer } from './member-abilities';
import { MemberRoleSelect } from './MemberRoleSelect';
import { RemoveMemberButton } from './RemoveMemberButton';

interface Props {
  assessmentId: string;
  members: readonly Member[];
  permissions: readonly string[];
  viewer: Viewer;
}

function OrganisationCell({ member }: { member: Member }) {
  const { t } = useTranslation();
  if (member.organisation) {
    return (
      <Text size="sm" dir="auto">
        {member.organisation.name}
      </Text>
    );
  }
  // A pseudonymous member's organisation is withheld by the API, not missing.
  const hidden = member.attribution === 'PSEUDONYM' && !member.isYou;
  return (
    <Text size="sm" c="dimmed">
      {t(hidden ? 'members.organisationHidden' : 'members.noOrganisation')}
    </Text>
  );
}

// Email addresses come only to moderators and to the person themselves, so the column appears
// only when the API sent at least one.
export function MembersTable({ assessmentId, members, permissions, viewer }: Props) {
  const { t } = useTranslation();
  const rows = members.map((member) => ({
    member,
    controls: memberControls(permissions, viewer, member),
  }));
  const showEmail = members.some((m) => m.email);
  const showActions = rows.some((r) => r.controls.remove);

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="sm" data-testid="members-table">
        <VisuallyHidden component="caption">{t('members.tableCaption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('members.columnMember')}</Table.Th>
            <Table.Th scope="col">{t('members.columnOrganisation')}</Table.Th>
            <Table.Th scope="col">{t('members.columnRole')}</Table.Th>
            {showEmail ? <Table.Th scope="col">{t('members.columnEmail')}</Table.Th> : null}
            {showActions ? <Table.Th scope="col">{t('members.columnActions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ member, controls }) => (
            <Table.Tr key={member.id} data-testid="member-row">
              <Table.Th scope="row" fw={500}>
                <Group gap="xs">
                  <Text span fw={500} dir="auto" data-testid="member-label">
                    {member.label}
                  </Text>
                  {member.isYou ? (
                    <Badge size="sm" variant="light">
                      {t('members.you')}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Th>
              <Table.Td>
                <OrganisationCell member={member} />
              </Table.Td>
              <Table.Td>
                {controls.roles.length > 0 && member.userId ? (
                  <MemberRoleSelect
                    assessmentId={assessmentId}
                    member={member}
                    userId={member.userId}
                    roles={controls.roles}
                  />
                ) : (
                  <Text size="sm" data-testid="member-role-text">
                    {t(`role.${member.role}`)}
                  </Text>
                )}
              </Table.Td>
              {showEmail ? (
                <Table.Td>
                  <Text size="sm" dir="ltr" className="break-anywhere">
                    {member.email ?? ''}
                  </Text>
                </Table.Td>
              ) : null}
              {showActions ? (
                <Table.Td>
                  {controls.remove && member.userId ? (
                    <RemoveMemberButton
                      assessmentId={assessmentId}
                      member={member}
                      userId={member.userId}
                    />
                  ) : null}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

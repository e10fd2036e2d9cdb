import { useMutation } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentRole } from '../../gql/graphql';
import { toAppErrors } from '../../shared/errors/app-errors';
import { useErrorText } from '../../shared/errors/use-error-text';
import { useAnnounce } from '../../shared/hooks/use-announce';
import type { Member } from './member-abilities';
import { ChangeMemberRoleMutation } from './members.graphql';

interface Props {
  assessmentId: string;
  member: Member;
  userId: string;
  roles: readonly AssessmentRole[];
}

const isRole = (roles: readonly AssessmentRole[], value: string | null): value is AssessmentRole =>
  roles.some((r) => r === value);

// Changes the role as soon as one is picked; the API's answer updates the row in the cache.
export function MemberRoleSelect({ assessmentId, member, userId, roles }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { describe } = useErrorText();
  const [change, { loading, error, reset }] = useMutation(ChangeMemberRoleMutation);
  const problem = toAppErrors(error)[0];

  const pick = async (value: string | null) => {
    if (!isRole(roles, value) || value === member.role) {
      return;
    }
    reset();
    try {
      await change({ variables: { assessmentId, userId, role: value } });
      announce(t('members.roleChanged', { name: member.label, role: t(`role.${value}`) }));
    } catch {
      // Shown below the select.
    }
  };

  return (
    <Select
      size="xs"
      w={170}
      aria-label={t('members.roleOf', { name: member.label })}
      data={roles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
      value={member.role}
      allowDeselect={false}
      disabled={loading}
      onChange={(value) => void pick(value)}
      error={problem ? describe(problem) : undefined}
      data-testid="member-role"
    />
  );
}

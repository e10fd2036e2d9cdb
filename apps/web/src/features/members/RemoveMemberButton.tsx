import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConfirmedDeleteButton } from '../../shared/components/ConfirmedDeleteButton';
import { TrashIcon } from '../../shared/components/icons';
import type { Member } from './member-abilities';
import { RemoveMemberMutation } from './members.graphql';

interface Props {
  assessmentId: string;
  member: Member;
  userId: string;
}

// Removal takes effect on the person's next request, so it is confirmed first.
export function RemoveMemberButton({ assessmentId, member, userId }: Props) {
  const { t } = useTranslation();
  const [remove, { loading, error, reset }] = useMutation(RemoveMemberMutation, {
    refetchQueries: ['Members'],
    awaitRefetchQueries: true,
  });
  const name = member.label;
  return (
    <ConfirmedDeleteButton
      label={t('members.remove')}
      ariaLabel={t('members.removeLabel', { name })}
      icon={<TrashIcon size={14} />}
      testId="remove-member"
      confirmTitle={t('members.removeConfirmTitle', { name })}
      confirmBody={t('members.removeConfirmBody', { name })}
      doneMessage={t('members.removed', { name })}
      loading={loading}
      error={error}
      onConfirm={() => remove({ variables: { assessmentId, userId } })}
      onReset={reset}
    />
  );
}

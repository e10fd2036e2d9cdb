import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConfirmedDeleteButton } from '../../shared/components/ConfirmedDeleteButton';
import { RevokeInvitationMutation } from './invitations.graphql';

interface Props {
  assessmentId: string;
  invitationId: string;
  email: string;
}

export function RevokeInvitationButton({ assessmentId, invitationId, email }: Props) {
  const { t } = useTranslation();
  const [revoke, { loading, error, reset }] = useMutation(RevokeInvitationMutation);
  return (
    <ConfirmedDeleteButton
      label={t('invitations.revoke')}
      ariaLabel={t('invitations.revokeLabel', { email })}
      testId="revoke-invitation"
      confirmTitle={t('invitations.revokeConfirmTitle', { email })}
      confirmBody={t('invitations.revokeConfirmBody')}
      doneMessage={t('invitations.revoked', { email })}
      loading={loading}
      error={error}
      onConfirm={() => revoke({ variables: { assessmentId, invitationId } })}
      onReset={reset}
    />
  );
}

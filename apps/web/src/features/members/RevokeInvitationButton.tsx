import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../shared/components/ConfirmModal';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { RevokeInvitationMutation } from './invitations.graphql';

interface Props {
  assessmentId: string;
  invitationId: string;
  email: string;
}

export function RevokeInvitationButton({ assessmentId, invitationId, email }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const [revoke, { loading, error, reset }] = useMutation(RevokeInvitationMutation);

  const confirm = async () => {
    try {
      await revoke({ variables: { assessmentId, invitationId } });
      announce(t('invitations.revoked', { email }));
      setConfirming(false);
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        aria-label={t('invitations.revokeLabel', { email })}
        onClick={() => setConfirming(true)}
        data-testid="revoke-invitation"
      >
        {t('invitations.revoke')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={t('invitations.revokeConfirmTitle', { email })}
        body={t('invitations.revokeConfirmBody')}
        confirmLabel={t('invitations.revoke')}
        confirmColor="red"
        loading={loading}
        error={error}
        onConfirm={() => void confirm()}
        onClose={() => {
          setConfirming(false);
          reset();
        }}
      />
    </>
  );
}

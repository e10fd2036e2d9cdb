import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../shared/components/ConfirmModal';
import { TrashIcon } from '../../shared/components/icons';
import { useAnnounce } from '../../shared/hooks/use-announce';
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
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading, error, reset }] = useMutation(RemoveMemberMutation, {
    refetchQueries: ['Members'],
    awaitRefetchQueries: true,
  });
  const name = member.label;

  const confirm = async () => {
    try {
      await remove({ variables: { assessmentId, userId } });
      announce(t('members.removed', { name }));
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
        leftSection={<TrashIcon size={14} />}
        aria-label={t('members.removeLabel', { name })}
        onClick={() => setConfirming(true)}
        data-testid="remove-member"
      >
        {t('members.remove')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={t('members.removeConfirmTitle', { name })}
        body={t('members.removeConfirmBody', { name })}
        confirmLabel={t('members.remove')}
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

import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../shared/components/ConfirmModal';
import { TrashIcon } from '../../shared/components/icons';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { DeleteRecommendationMutation } from './recommendations.graphql';

// Only proposed recommendations are offered for deletion; the API refuses the others.
export function DeleteRecommendationButton({
  assessmentId,
  id,
}: {
  assessmentId: string;
  id: string;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [remove, { loading, error, reset }] = useMutation(DeleteRecommendationMutation, {
    refetchQueries: ['Recommendations', 'ImplementationRoadmap', 'PhaseChecklist'],
  });
  const close = () => {
    setOpen(false);
    reset();
  };
  const confirm = async () => {
    try {
      await remove({ variables: { assessmentId, id } });
      announce(t('recommendations.deleted'));
      close();
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
        onClick={() => setOpen(true)}
      >
        {t('recommendations.delete')}
      </Button>
      <ConfirmModal
        opened={open}
        title={t('recommendations.deleteTitle')}
        body={t('recommendations.deleteBody')}
        confirmLabel={t('recommendations.delete')}
        confirmColor="red"
        loading={loading}
        error={error}
        onConfirm={() => void confirm()}
        onClose={close}
      />
    </>
  );
}

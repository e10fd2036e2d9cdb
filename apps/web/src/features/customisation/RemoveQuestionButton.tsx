import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../shared/components/ConfirmModal';
import { TrashIcon } from '../../shared/components/icons';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { RemoveCustomQuestionMutation } from './customisation.graphql';

// Only custom questions can be removed; the framework's own can be reworded, never deleted.
export function RemoveQuestionButton({
  assessmentId,
  questionKey,
}: {
  assessmentId: string;
  questionKey: string;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading, error, reset }] = useMutation(RemoveCustomQuestionMutation);

  const confirm = async () => {
    try {
      await remove({ variables: { assessmentId, questionKey } });
      announce(t('customise.questionRemoved'));
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
        onClick={() => setConfirming(true)}
        data-testid="remove-question"
      >
        {t('customise.remove')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={t('customise.removeConfirmTitle')}
        body={t('customise.removeConfirmBody')}
        confirmLabel={t('customise.remove')}
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

import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../shared/components/ConfirmModal';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { RestoreElementVersionMutation } from './versions.graphql';

interface Props {
  assessmentId: string;
  elementKey: string;
  version: { id: string; name: string };
  onRestored: () => void;
}

// Asks first; the restore then reaches this page like anyone's edit, through the live document.
export function RestoreVersionButton({ assessmentId, elementKey, version, onRestored }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const [restore, { loading, error, reset }] = useMutation(RestoreElementVersionMutation);

  const confirm = async () => {
    try {
      const { data } = await restore({
        variables: { assessmentId, elementKey, versionId: version.id },
      });
      const changed = data?.restoreElementVersion.changed ?? false;
      announce(t(changed ? 'versions.restored' : 'versions.unchanged', { name: version.name }));
      setConfirming(false);
      onRestored();
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <>
      <Button
        size="xs"
        variant="light"
        color="orange"
        aria-label={t('versions.restoreNamed', { name: version.name })}
        onClick={() => setConfirming(true)}
        data-testid="version-restore"
      >
        {t('versions.restore')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={t('versions.restoreTitle')}
        body={t('versions.restoreBody', { name: version.name })}
        confirmLabel={t('versions.restore')}
        confirmColor="orange"
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

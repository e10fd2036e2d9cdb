import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../shared/components/ConfirmModal';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { ArchiveEvidenceMutation, RestoreEvidenceMutation } from './evidence.graphql';

interface Props {
  assessmentId: string;
  item: { id: string; title: string; archivedAt: string | null };
}

// Archiving takes an item out of the library's lists; citations that name it still resolve.
export function EvidenceArchiveButton({ assessmentId, item }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const options = { variables: { assessmentId, id: item.id }, refetchQueries: ['EvidenceList'] };
  const [archive, archiving] = useMutation(ArchiveEvidenceMutation, options);
  const [restore, restoring] = useMutation(RestoreEvidenceMutation, options);

  if (item.archivedAt !== null) {
    return (
      <>
        <ErrorAlert error={restoring.error} />
        <Button
          variant="light"
          loading={restoring.loading}
          onClick={() =>
            void restore()
              .then(() => announce(t('evidence.detail.restored')))
              .catch(() => undefined)
          }
          data-testid="evidence-restore"
        >
          {t('evidence.detail.restore')}
        </Button>
      </>
    );
  }
  return (
    <>
      <Button
        variant="light"
        color="red"
        onClick={() => setConfirming(true)}
        data-testid="evidence-archive"
      >
        {t('evidence.detail.archive')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={t('evidence.detail.archiveTitle')}
        body={t('evidence.detail.archiveBody', { title: item.title })}
        confirmLabel={t('evidence.detail.archive')}
        confirmColor="red"
        loading={archiving.loading}
        error={archiving.error}
        onConfirm={() =>
          void archive()
            .then(() => {
              setConfirming(false);
              announce(t('evidence.detail.archived'));
            })
            .catch(() => undefined)
        }
        onClose={() => setConfirming(false)}
      />
    </>
  );
}

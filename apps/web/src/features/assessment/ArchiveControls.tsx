import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../shared/components/ConfirmModal';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { ArchiveAssessmentMutation, RestoreAssessmentMutation } from './assessment.graphql';
import type { LoadedAssessment } from './assessment-outlet';

// The list is refetched after either change, since archiving moves an assessment out of it.
const refetchQueries = ['Assessments'];

export function ArchiveControls({ assessment }: { assessment: LoadedAssessment }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const [archive, archiving] = useMutation(ArchiveAssessmentMutation, { refetchQueries });
  const [restore, restoring] = useMutation(RestoreAssessmentMutation, { refetchQueries });

  const doArchive = async () => {
    try {
      await archive({ variables: { id: assessment.id } });
      setConfirming(false);
    } catch {
      // Shown in the dialog.
    }
  };
  const doRestore = async () => {
    try {
      await restore({ variables: { id: assessment.id } });
      announce(t('assessment.restored'));
    } catch {
      // Shown below the button.
    }
  };

  return (
    <Paper withBorder p="md">
      <Group>
        {assessment.archived ? (
          <Button
            variant="light"
            loading={restoring.loading}
            onClick={() => void doRestore()}
            data-testid="restore-assessment"
          >
            {t('assessment.restore')}
          </Button>
        ) : (
          <Button
            variant="outline"
            color="red"
            onClick={() => setConfirming(true)}
            data-testid="archive-assessment"
          >
            {t('assessment.archive')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={restoring.error} />
      <ConfirmModal
        opened={confirming}
        title={t('assessment.archiveConfirmTitle')}
        body={t('assessment.archiveConfirmBody')}
        confirmLabel={t('assessment.archive')}
        confirmColor="red"
        loading={archiving.loading}
        error={archiving.error}
        onConfirm={() => void doArchive()}
        onClose={() => {
          setConfirming(false);
          archiving.reset();
        }}
      />
    </Paper>
  );
}

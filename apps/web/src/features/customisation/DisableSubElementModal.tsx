import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { SetSubElementEnabledMutation } from './customisation.graphql';
import type { CustomSubElement } from './customisation-types';

interface Props {
  assessmentId: string;
  subElement: CustomSubElement;
  opened: boolean;
  onClose: () => void;
}

// Leaving a sub-element out needs a reason, which every participant sees.
export function DisableSubElementModal({ assessmentId, subElement, opened, onClose }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [setEnabled, { loading, error, reset }] = useMutation(SetSubElementEnabledMutation);

  const close = () => {
    setReason('');
    setMissing(false);
    reset();
    onClose();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    try {
      await setEnabled({
        variables: {
          input: {
            assessmentId,
            subElementKey: subElement.key,
            enabled: false,
            reason: reason.trim(),
          },
        },
      });
      announce(t('customise.subElementExcluded', { title: subElement.title }));
      close();
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('customise.disableTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <ErrorAlert error={error} />
          <Textarea
            label={t('customise.disableReasonLabel')}
            description={t('customise.disableReasonDescription', { title: subElement.title })}
            required
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={missing ? t('customise.reasonRequired') : undefined}
            data-testid="disable-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading} data-testid="disable-confirm">
              {t('customise.disableConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

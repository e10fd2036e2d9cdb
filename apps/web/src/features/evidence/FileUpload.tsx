import { Button, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorInfo } from '../../shared/errors/app-errors';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import {
  acceptedFileTypes,
  evidenceFilesPath,
  uploadEvidenceFile,
  UploadError,
  type UploadHandle,
} from './evidence-upload';

interface Props {
  assessmentId: string;
  evidenceId: string;
  onUploaded: () => void;
}

type State =
  | { status: 'idle' }
  | { status: 'sending'; fileName: string; fraction: number }
  | { status: 'failed'; fileName: string; error: AppErrorInfo };

// One file at a time, with its progress; a refusal (too large, type not accepted, invalid)
// says why in the interface language.
export function FileUpload({ assessmentId, evidenceId, onUploaded }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [state, setState] = useState<State>({ status: 'idle' });
  const handle = useRef<UploadHandle | null>(null);
  const resetRef = useRef<() => void>(null);

  // Leaving the page stops an upload under way.
  useEffect(() => () => handle.current?.cancel(), []);

  const send = (file: File | null) => {
    resetRef.current?.();
    if (!file) {
      return;
    }
    setState({ status: 'sending', fileName: file.name, fraction: 0 });
    const upload = uploadEvidenceFile(
      evidenceFilesPath(assessmentId, evidenceId),
      file,
      (fraction) => setState({ status: 'sending', fileName: file.name, fraction }),
    );
    handle.current = upload;
    upload.done
      .then(() => {
        setState({ status: 'idle' });
        announce(t('evidence.files.uploaded', { name: file.name }));
        onUploaded();
      })
      .catch((error: unknown) => {
        if (error instanceof UploadError) {
          setState({ status: 'failed', fileName: file.name, error: error.info });
        } else {
          setState({ status: 'idle' });
        }
      })
      .finally(() => {
        handle.current = null;
      });
  };

  return (
    <Stack gap="xs" data-testid="evidence-upload">
      <Group gap="sm">
        <FileButton onChange={send} accept={acceptedFileTypes} resetRef={resetRef}>
          {(props) => (
            <Button
              {...props}
              variant="light"
              disabled={state.status === 'sending'}
              data-testid="evidence-upload-button"
            >
              {t('evidence.files.upload')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {t('evidence.files.accepted')}
        </Text>
      </Group>
      {state.status === 'sending' ? (
        <Stack gap={4}>
          <Text size="sm" dir="auto">
            {t('evidence.files.sending', { name: state.fileName })}
          </Text>
          <Progress
            value={Math.round(state.fraction * 100)}
            aria-label={t('evidence.files.progress', { name: state.fileName })}
            data-testid="evidence-upload-progress"
          />
          <Button size="xs" variant="subtle" onClick={() => handle.current?.cancel()}>
            {t('common.cancel')}
          </Button>
        </Stack>
      ) : null}
      {state.status === 'failed' ? (
        <div data-testid="evidence-upload-error" data-code={state.error.code}>
          <Text size="sm" fw={500} dir="auto">
            {t('evidence.files.refused', { name: state.fileName })}
          </Text>
          <ErrorAlert error={[state.error]} onClose={() => setState({ status: 'idle' })} />
        </div>
      ) : null}
    </Stack>
  );
}

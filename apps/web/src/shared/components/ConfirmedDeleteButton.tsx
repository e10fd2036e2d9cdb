import { Button } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useAnnounce } from '../hooks/use-announce';
import { ConfirmModal } from './ConfirmModal';

interface ConfirmedDeleteButtonProps {
  label: string;
  ariaLabel?: string;
  icon?: ReactNode;
  testId: string;
  confirmTitle: string;
  confirmBody: ReactNode;
  // Announced to screen readers once the action succeeded.
  doneMessage: string;
  loading: boolean;
  error?: unknown;
  // Runs the action; a rejection keeps the dialog open, where `error` is shown.
  onConfirm: () => Promise<unknown>;
  onReset: () => void;
}

// A small red button for removals and withdrawals that asks first and reports inline.
export function ConfirmedDeleteButton(props: ConfirmedDeleteButtonProps) {
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);

  const confirm = async () => {
    try {
      await props.onConfirm();
      announce(props.doneMessage);
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
        leftSection={props.icon}
        aria-label={props.ariaLabel}
        onClick={() => setConfirming(true)}
        data-testid={props.testId}
      >
        {props.label}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={props.confirmTitle}
        body={props.confirmBody}
        confirmLabel={props.label}
        confirmColor="red"
        loading={props.loading}
        error={props.error}
        onConfirm={() => void confirm()}
        onClose={() => {
          setConfirming(false);
          props.onReset();
        }}
      />
    </>
  );
}

import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './save-state';

const colours: Record<SaveStatus, string> = {
  connecting: 'gray',
  offline: 'orange',
  saving: 'yellow',
  saved: 'green',
  denied: 'red',
};

interface Props {
  status: SaveStatus;
  unsaved: boolean;
  readOnly: boolean;
}

// Saved / Saving / Offline for editors; whether the page is live for readers. Not a live region:
// it changes with every keystroke. The page announces going offline and coming back instead.
export function SaveIndicator({ status, unsaved, readOnly }: Props) {
  const { t } = useTranslation();
  const label =
    readOnly && (status === 'saved' || status === 'saving')
      ? t('workspace.save.live')
      : t(`workspace.save.${status}`);
  const hint =
    status === 'offline' && unsaved && !readOnly
      ? t('workspace.save.offlineKept')
      : status === 'denied'
        ? t('workspace.save.deniedHint')
        : null;
  const badge = (
    <Badge
      color={readOnly && status === 'saving' ? 'green' : colours[status]}
      variant="light"
      size="lg"
      data-testid="save-status"
      data-status={status}
    >
      {label}
    </Badge>
  );
  return hint ? (
    <Tooltip label={hint} multiline w={260}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}

import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  hasUnsavedChanges,
  keptOnThisDevice,
  saveStatus,
  type SaveState,
  type SaveStatus,
} from './save-state';

const colours: Record<SaveStatus, string> = {
  connecting: 'gray',
  offline: 'orange',
  saving: 'yellow',
  saved: 'green',
  refused: 'red',
  denied: 'red',
};

interface Props {
  save: SaveState;
  readOnly: boolean;
}

// Saved / Saving / Offline for editors; whether the page is live for readers. Not a live region:
// it changes with every keystroke. The page announces going offline and coming back instead.
// Offline, it says "saved on this device" only once the browser has written the changes to disk.
export function SaveIndicator({ save, readOnly }: Props) {
  const { t } = useTranslation();
  const status = saveStatus(save);
  const onDevice = status === 'offline' && keptOnThisDevice(save);
  const label =
    readOnly && (status === 'saved' || status === 'saving')
      ? t('workspace.save.live')
      : onDevice
        ? t('workspace.save.offlineOnDevice')
        : t(`workspace.save.${status}`);
  const hint =
    status === 'offline' && hasUnsavedChanges(save) && !readOnly
      ? t('workspace.save.offlineKept')
      : status === 'denied'
        ? t('workspace.save.deniedHint')
        : status === 'refused'
          ? t('workspace.save.refusedHint')
          : null;
  const badge = (
    <Badge
      color={readOnly && status === 'saving' ? 'green' : colours[status]}
      variant="light"
      size="lg"
      data-testid="save-status"
      data-status={status}
      data-local={save.local}
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

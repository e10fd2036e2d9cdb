import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../shared/hooks/use-announce';
import type { SaveStatus } from './save-state';

// Tells screen-reader users when the page goes offline and when it is back, the moments that
// matter, rather than every Saving / Saved in between.
export function useConnectionAnnouncements(status: SaveStatus): void {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const previous = useRef(status);
  useEffect(() => {
    const before = previous.current;
    previous.current = status;
    if (status === before) {
      return;
    }
    if (status === 'offline') {
      announce(t('workspace.save.wentOffline'));
    } else if (status === 'denied') {
      announce(t('workspace.save.deniedHint'));
    } else if (status === 'refused') {
      announce(t('workspace.save.refusedHint'));
    } else if (before === 'offline' && (status === 'saved' || status === 'saving')) {
      announce(t('workspace.save.backOnline'));
    }
  }, [status, announce, t]);
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ConfirmModal } from '../../shared/components/ConfirmModal';

// Warns before leaving while the server has not saved everything: the browser's own prompt for
// closing or reloading the tab, and a dialog for navigation inside the app. Drafts stay in this
// browser either way; the warning is that others will not see them yet.
export function LeaveGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!when) {
      return;
    }
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  return (
    <ConfirmModal
      opened={blocker.state === 'blocked'}
      title={t('workspace.leave.title')}
      body={t('workspace.leave.body')}
      confirmLabel={t('workspace.leave.confirm')}
      confirmColor="red"
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    />
  );
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

// Each page names itself in the browser tab and in the history, in the interface language.
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}

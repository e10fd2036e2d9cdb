import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { changeLanguage } from '../i18n/i18n';
import { matchLanguage } from '../i18n/languages';

// `?lang=xx` is read at start-up; this also follows it when a link inside the app carries one.
// It reacts to the address only, so that a choice made in the language menu is never undone.
export function useLanguageFromUrl(): void {
  const { i18n } = useTranslation();
  const [params] = useSearchParams();
  const requested = matchLanguage(params.get('lang'));
  useEffect(() => {
    if (requested && requested !== matchLanguage(i18n.language)) {
      changeLanguage(requested).catch(() => undefined);
    }
  }, [requested]);
}

import { useDirection } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf, matchLanguage } from '../i18n/languages';

// Keeps Mantine's direction (menus, popovers, paddings) in step with the interface language;
// <html lang dir> itself is set by changeLanguage().
export function DirectionSync() {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  const language = matchLanguage(i18n.language) ?? 'en';
  useEffect(() => {
    setDirection(directionOf(language));
  }, [language, setDirection]);
  return null;
}

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, directionOf, pickLanguage, type LanguageCode } from './languages';
import { en } from './locales/en';
import type { LocaleResource } from './locales/locale-resource';

const storageKey = 'idgov.language';

// English ships with the app (it is also the fallback); the others load on demand, so that a
// slow connection only downloads the language in use.
const loaders: Record<Exclude<LanguageCode, 'en'>, () => Promise<LocaleResource>> = {
  fr: () => import('./locales/fr').then((m) => m.fr),
  es: () => import('./locales/es').then((m) => m.es),
  ar: () => import('./locales/ar').then((m) => m.ar),
};

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // storage disabled (private mode, policies)
  }
}

function storeLanguage(code: LanguageCode): void {
  try {
    window.localStorage.setItem(storageKey, code);
  } catch {
    // The choice then lasts for this visit only.
  }
}

function applyToDocument(code: LanguageCode): void {
  document.documentElement.lang = code;
  document.documentElement.dir = directionOf(code);
}

async function ensureLoaded(code: LanguageCode): Promise<void> {
  if (code === 'en' || i18next.hasResourceBundle(code, 'translation')) {
    return;
  }
  i18next.addResourceBundle(code, 'translation', await loaders[code]());
}

// Switches the interface language, remembers it and updates <html lang dir>.
export async function changeLanguage(code: LanguageCode): Promise<void> {
  await ensureLoaded(code);
  await i18next.changeLanguage(code);
  storeLanguage(code);
  applyToDocument(code);
}

export async function initI18n(): Promise<LanguageCode> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: defaultLanguage,
    fallbackLng: defaultLanguage,
    supportedLngs: ['en', 'fr', 'es', 'ar'],
    interpolation: { escapeValue: false }, // React escapes
    react: { useSuspense: false },
    returnNull: false,
  });
  const code = pickLanguage({
    search: window.location.search,
    stored: readStoredLanguage(),
    preferred: navigator.languages,
  });
  try {
    await changeLanguage(code);
  } catch {
    // The language file could not be fetched (offline): stay in English rather than fail.
    applyToDocument(defaultLanguage);
  }
  return i18next.language as LanguageCode;
}

export { i18next };

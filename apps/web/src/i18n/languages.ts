export type TextDirection = 'ltr' | 'rtl';

// The interface languages. Framework text itself comes from the API, in English.
export const languages = [
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'fr', nativeName: 'Français', dir: 'ltr' },
  { code: 'es', nativeName: 'Español', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
] as const satisfies readonly { code: string; nativeName: string; dir: TextDirection }[];

export type LanguageCode = (typeof languages)[number]['code'];

export const defaultLanguage: LanguageCode = 'en';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && languages.some((l) => l.code === value);
}

export function directionOf(code: LanguageCode): TextDirection {
  return languages.find((l) => l.code === code)?.dir ?? 'ltr';
}

// Accepts tags such as "fr-CA" or "AR" and returns the supported language they name, if any.
export function matchLanguage(tag: string | null | undefined): LanguageCode | null {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguageCode(base) ? base : null;
}

interface LanguageSources {
  search: string;
  stored: string | null;
  preferred: readonly string[];
}

// Order of precedence: `?lang=xx` in the address, then the last choice saved in this browser,
// then the browser's preferred languages, then English.
export function pickLanguage({ search, stored, preferred }: LanguageSources): LanguageCode {
  const fromQuery = matchLanguage(new URLSearchParams(search).get('lang'));
  if (fromQuery) {
    return fromQuery;
  }
  const fromStorage = matchLanguage(stored);
  if (fromStorage) {
    return fromStorage;
  }
  for (const tag of preferred) {
    const match = matchLanguage(tag);
    if (match) {
      return match;
    }
  }
  return defaultLanguage;
}

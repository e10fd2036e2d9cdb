// A translation file: nested objects of strings. Completeness against English is checked by
// locales.spec.ts (plural forms differ between languages, so the check is not a type).
export interface LocaleResource {
  [key: string]: string | LocaleResource;
}

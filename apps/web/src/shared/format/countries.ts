import { countryCodes, trainingCountryCode } from '@idgov/framework';

export interface CountryOption {
  value: string;
  label: string;
}

const displayNames = new Map<string, Intl.DisplayNames>();

function regionNames(language: string): Intl.DisplayNames {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    displayNames.set(language, names);
  }
  return names;
}

// The country's name in the interface language; ZZ is the fictional training country.
export function countryName(code: string, language: string, trainingLabel: string): string {
  if (code === trainingCountryCode) {
    return trainingLabel;
  }
  try {
    return regionNames(language).of(code) ?? code;
  } catch {
    return code;
  }
}

// Every ISO 3166-1 country the API accepts, named and sorted for the interface language.
export function countryOptions(language: string, trainingLabel: string): CountryOption[] {
  const collator = new Intl.Collator(language);
  return countryCodes
    .map((code) => ({ value: code, label: countryName(code, language, trainingLabel) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

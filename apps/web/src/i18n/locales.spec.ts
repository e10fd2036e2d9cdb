import { describe, expect, it } from 'vitest';
import { languages, type LanguageCode } from './languages';
import { ar } from './locales/ar';
import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';
import type { LocaleResource } from './locales/locale-resource';

const locales: Record<LanguageCode, LocaleResource> = { en, fr, es, ar };
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatten(resource: LocaleResource, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(resource)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      out.set(path, value);
    } else {
      for (const [k, v] of flatten(value, path)) {
        out.set(k, v);
      }
    }
  }
  return out;
}

// Plural keys are compared by their base (`count_one` → `count`), and each language must carry
// exactly the plural forms its grammar uses (Arabic has six, English two).
function expectedKeys(code: LanguageCode): string[] {
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of flatten(en).keys()) {
    if (pluralSuffix.test(key)) {
      const base = key.replace(pluralSuffix, '');
      categories.forEach((c) => keys.add(`${base}_${c}`));
    } else {
      keys.add(key);
    }
  }
  return [...keys].sort();
}

// Each language is assembled from the same feature modules (locales/<code>/<feature>.ts), and no
// two modules of a language may define the same top-level key (a spread would silently drop one).
const modules = import.meta.glob<Record<string, LocaleResource>>(
  ['./locales/*/*.ts', '!./locales/*/index.ts'],
  { eager: true },
);

function modulesOf(code: LanguageCode): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [path, exports] of Object.entries(modules)) {
    const match = /^\.\/locales\/(\w+)\/([\w-]+)\.ts$/.exec(path);
    if (match?.[1] === code && match[2]) {
      out.set(
        match[2],
        Object.values(exports).flatMap((resource) => Object.keys(resource)),
      );
    }
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe.each(languages.map((l) => l.code))('locale %s', (code) => {
  const strings = flatten(locales[code]);

  it('has exactly the keys of English, with its own plural forms', () => {
    expect([...strings.keys()].sort()).toEqual(expectedKeys(code));
  });

  it('is split into the same feature modules as English, without overlapping keys', () => {
    const own = modulesOf(code);
    const english = modulesOf('en');
    expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [feature, keys] of own) {
      expect(keys.sort(), feature).toEqual(english.get(feature)?.sort());
    }
    const all = [...own.values()].flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(Object.keys(locales[code]).sort());
  });

  it('translates every string', () => {
    for (const [key, value] of strings) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('keeps the placeholders of the English text', () => {
    const english = flatten(en);
    for (const [key, value] of strings) {
      const base = key.replace(pluralSuffix, '');
      const source = english.get(key) ?? english.get(`${base}_other`) ?? '';
      // Forms such as Arabic "one" or "two" may spell the number out instead of using {{count}}.
      const expected = placeholders(source).filter(
        (p) => !(pluralSuffix.test(key) && p === 'count'),
      );
      const found = placeholders(value).filter((p) => p !== 'count');
      expect(found, key).toEqual(expected);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { directionOf, matchLanguage, pickLanguage } from './languages';

describe('matchLanguage', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['AR', 'ar'],
    ['es_419', 'es'],
    [' en-GB ', 'en'],
  ])('reads %s as %s', (tag, code) => {
    expect(matchLanguage(tag)).toBe(code);
  });

  it.each(['de', 'zh-Hans', '', null, undefined])('knows no language in %s', (tag) => {
    expect(matchLanguage(tag)).toBeNull();
  });
});

describe('pickLanguage', () => {
  it('prefers ?lang= in the address', () => {
    expect(pickLanguage({ search: '?lang=ar', stored: 'fr', preferred: ['es'] })).toBe('ar');
  });

  it('then the saved choice', () => {
    expect(pickLanguage({ search: '?lang=xx', stored: 'fr', preferred: ['es'] })).toBe('fr');
  });

  it('then the first supported browser language', () => {
    expect(pickLanguage({ search: '', stored: null, preferred: ['de-DE', 'es-MX', 'fr'] })).toBe(
      'es',
    );
  });

  it('and English otherwise', () => {
    expect(pickLanguage({ search: '', stored: 'klingon', preferred: ['de'] })).toBe('en');
  });
});

describe('directionOf', () => {
  it('writes Arabic right to left and the others left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
  });
});

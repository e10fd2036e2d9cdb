import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to.js';

describe('safeReturnTo', () => {
  it('keeps paths of this app, with their query and fragment', () => {
    expect(safeReturnTo('/assessments/42/customise?lang=fr#q1')).toBe(
      '/assessments/42/customise?lang=fr#q1',
    );
    expect(safeReturnTo('/')).toBe('/');
  });

  it.each([
    undefined,
    null,
    42,
    ['/a', '/b'],
    '',
    'assessments',
    '//evil.example',
    '//evil.example/path',
    '/\\evil.example',
    '\\\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '/ok\r\nSet-Cookie: x=y',
    '/\tevil',
    '/sign-in?error=sso',
    `/${'a'.repeat(2048)}`,
  ])('answers the home page for %j', (raw) => {
    expect(safeReturnTo(raw)).toBe('/');
  });
});

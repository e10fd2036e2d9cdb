import { describe, expect, it } from 'vitest';
import { safeRedirectPath, signInPath, ssoStartHref } from './sign-in-redirect';

describe('safeRedirectPath', () => {
  it('keeps paths inside the app, with their query and hash', () => {
    expect(safeRedirectPath('/assessments/42/customise?lang=fr#q1')).toBe(
      '/assessments/42/customise?lang=fr#q1',
    );
  });

  it.each([null, undefined, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'x'])(
    'falls back to the home page for %s',
    (next) => {
      expect(safeRedirectPath(next)).toBe('/');
    },
  );

  it('never loops back to the sign-in page', () => {
    expect(safeRedirectPath('/sign-in?next=%2F')).toBe('/');
  });
});

describe('signInPath', () => {
  it('remembers where the person was', () => {
    expect(signInPath({ pathname: '/assessments/7', search: '?lang=ar', hash: '' })).toBe(
      '/sign-in?next=%2Fassessments%2F7%3Flang%3Dar',
    );
  });

  it('needs no parameter for the home page', () => {
    expect(signInPath({ pathname: '/', search: '', hash: '' })).toBe('/sign-in');
  });
});

describe('ssoStartHref', () => {
  const start = 'https://idgov.example/api/auth/oidc/start';

  it('asks the API to come back to the page the person wanted', () => {
    expect(ssoStartHref(start, '/assessments/7?lang=ar')).toBe(
      `${start}?returnTo=%2Fassessments%2F7%3Flang%3Dar`,
    );
  });

  it('needs no parameter for the home page', () => {
    expect(ssoStartHref(start, '/')).toBe(start);
  });
});

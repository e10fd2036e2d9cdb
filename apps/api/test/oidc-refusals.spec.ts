import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authorise,
  callbackPath,
  me,
  signInThroughProvider,
  startOidcTestBed,
  visitCallback,
  type OidcTestBed,
} from './support/oidc-test-bed.js';
import { TestBrowser } from './support/test-browser.js';
import { testEngines } from './support/test-database.js';

const refused = { status: 302, location: '/sign-in?error=sso', sessionCookie: undefined };
let counter = 0;

describe.each(testEngines())('single sign-on refusals on %s', (engine) => {
  let bed: OidcTestBed;
  beforeAll(async () => {
    bed = await startOidcTestBed(engine);
  });
  afterAll(() => bed.close());

  const nextPerson = () => {
    counter += 1;
    bed.idp.signInAs({
      sub: `refusal-${counter}-${Date.now()}`,
      email: `person${counter}.${Date.now()}@gov.example`,
      email_verified: true,
      name: `Person ${counter}`,
    });
  };

  it('refuses a callback whose state was altered or removed', async () => {
    nextPerson();
    const browser = new TestBrowser();
    const callback = await authorise(bed, browser);
    expect(callback.pathname).toBe(callbackPath);

    const altered = new URL(callback);
    altered.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    expect(await visitCallback(bed, browser, altered)).toEqual(refused);

    const missing = new URL(callback);
    missing.searchParams.delete('state');
    expect(await visitCallback(bed, browser, missing)).toEqual(refused);
    expect(await me(bed, browser)).toBeNull();
  });

  it('refuses a callback opened in another browser than the one that started (login CSRF)', async () => {
    nextPerson();
    const callback = await authorise(bed, new TestBrowser());
    const victim = new TestBrowser();
    expect(await visitCallback(bed, victim, callback)).toEqual(refused);
    expect(await me(bed, victim)).toBeNull();
  });

  it('accepts a callback address once', async () => {
    nextPerson();
    const browser = new TestBrowser();
    const callback = await authorise(bed, browser);
    const stateCookie = browser.cookie(bed.apiUrl, 'idgov_oidc_state');
    expect((await visitCallback(bed, browser, callback)).location).toBe('/');

    // Replayed with the state cookie put back, as an attacker holding both would.
    const replay = await fetch(callback, {
      redirect: 'manual',
      headers: { cookie: `idgov_oidc_state=${stateCookie}` },
    });
    expect(replay.headers.get('location')).toBe('/sign-in?error=sso');
    expect(replay.headers.getSetCookie().some((c) => c.startsWith('idgov_session='))).toBe(false);
  });

  it('refuses when the person cancels at the provider', async () => {
    nextPerson();
    bed.idp.refuseNext();
    const browser = new TestBrowser();
    const callback = await authorise(bed, browser);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(await visitCallback(bed, browser, callback)).toEqual(refused);
  });

  it.each(['//evil.example/steal', 'https://evil.example/steal', '/\\evil.example', 'relative'])(
    'replaces the unsafe return address %s with the home page',
    async (returnTo) => {
      nextPerson();
      const { browser, outcome } = await signInThroughProvider(bed, returnTo);
      expect(outcome.location).toBe('/');
      expect(outcome.sessionCookie).toBeDefined();
      expect(await me(bed, browser)).not.toBeNull();
    },
  );

  it('puts neither the code nor any token in the addresses it sends the browser to', async () => {
    nextPerson();
    const browser = new TestBrowser();
    const callback = await authorise(bed, browser, '/assessments');
    const response = await browser.get(callback);
    const location = response.headers.get('location') ?? '';
    expect(location).toBe('/assessments');
    expect(location).not.toContain(callback.searchParams.get('code') ?? 'no code');
  });
});

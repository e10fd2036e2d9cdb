import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './support/oidc-test-bed.js';
import { startTestIdentityProvider } from './support/oidc-test-provider.js';
import { expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const providers = '{ authProviders { id label startUrl } }';

describe.each(testEngines())('single sign-on availability on %s', (engine) => {
  describe('when it is not configured', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(engine);
    });
    afterAll(() => t.close());

    it('offers no provider and answers 404 on its routes', async () => {
      expect(expectData(await t.gql(providers, {}, null))).toEqual({ authProviders: [] });
      expect((await t.http().get('/api/auth/oidc/start')).status).toBe(404);
      expect((await t.http().get('/api/auth/oidc/callback?code=x&state=y')).status).toBe(404);
    });
  });

  describe('when the provider is unreachable', () => {
    let t: TestApp;
    let port: number;
    beforeAll(async () => {
      port = await freePort();
      t = await startTestApp(engine, {
        PUBLIC_URL: 'http://127.0.0.1:3999',
        OIDC_ISSUER: `http://127.0.0.1:${port}`,
        OIDC_CLIENT_ID: 'idgov-test',
        OIDC_CLIENT_SECRET: 'not used while the provider is down',
      });
    });
    afterAll(() => t.close());

    it('starts, signs in with passwords, and sends SSO attempts back to the sign-in page', async () => {
      expect((await t.http().get('/health')).status).toBe(200);
      expect(expectData(await t.gql<{ me: unknown }>('{ me { id } }'))).not.toEqual({ me: null });
      expect(expectData(await t.gql(providers, {}, null))).toEqual({
        authProviders: [
          {
            id: 'oidc',
            label: 'Government sign-in',
            startUrl: 'http://127.0.0.1:3999/api/auth/oidc/start',
          },
        ],
      });
      const start = await t.http().get('/api/auth/oidc/start?returnTo=/assessments');
      expect(start.status).toBe(302);
      expect(start.headers['location']).toBe('/sign-in?error=sso');
    });

    it('discovers the provider once it is back, without a restart', async () => {
      const idp = await startTestIdentityProvider(
        'http://127.0.0.1:3999/api/auth/oidc/callback',
        port,
      );
      try {
        const start = await t.http().get('/api/auth/oidc/start?returnTo=/assessments');
        expect(start.status).toBe(302);
        const location = new URL(String(start.headers['location']));
        expect(location.origin).toBe(idp.issuer);
        expect(location.searchParams.get('code_challenge_method')).toBe('S256');
        expect(location.searchParams.get('redirect_uri')).toBe(
          'http://127.0.0.1:3999/api/auth/oidc/callback',
        );
        for (const parameter of ['state', 'nonce', 'code_challenge']) {
          expect(location.searchParams.get(parameter)).toMatch(/^[A-Za-z0-9_-]{43}$/);
        }
        expect(String(start.headers['set-cookie'])).toMatch(
          /idgov_oidc_state=[^;]+; Max-Age=600; Path=\/api\/auth\/oidc; .*HttpOnly; SameSite=Lax/,
        );
      } finally {
        await idp.close();
      }
    });
  });
});

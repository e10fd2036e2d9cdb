import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { DatabaseKind } from '../../src/core/database/database-handle.js';
import { startTestIdentityProvider, type TestIdentityProvider } from './oidc-test-provider.js';
import { startTestApp, type TestApp } from './test-app.js';
import { TestBrowser } from './test-browser.js';

export interface OidcTestBed {
  t: TestApp;
  idp: TestIdentityProvider;
  // Where the API listens, also its PUBLIC_URL: the provider redirects browsers there.
  apiUrl: string;
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// The API on a real port with single sign-on through a provider started for the test.
export async function startOidcTestBed(engine: DatabaseKind): Promise<OidcTestBed> {
  const port = await freePort();
  const apiUrl = `http://127.0.0.1:${port}`;
  const idp = await startTestIdentityProvider(`${apiUrl}/api/auth/oidc/callback`);
  const t = await startTestApp(engine, {
    PUBLIC_URL: apiUrl,
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    OIDC_LABEL: 'National digital ID',
  });
  await t.app.listen(port, '127.0.0.1');
  return {
    t,
    idp,
    apiUrl,
    async close() {
      await t.close();
      await idp.close();
    },
  };
}

export const callbackPath = '/api/auth/oidc/callback';

// Starts single sign-on in `browser` and follows it through the provider, up to the redirect
// that would bring the browser back to the API's callback: that address (code and state) is
// returned unvisited, so that a test can visit it, alter it, or visit it from another browser.
export async function authorise(
  bed: OidcTestBed,
  browser: TestBrowser,
  returnTo?: string,
): Promise<URL> {
  const start = new URL('/api/auth/oidc/start', bed.apiUrl);
  if (returnTo !== undefined) {
    start.searchParams.set('returnTo', returnTo);
  }
  let next = start;
  for (let hop = 0; hop < 10; hop += 1) {
    const response = await browser.get(next);
    const location = response.headers.get('location');
    if (!location || response.status < 300 || response.status >= 400) {
      throw new Error(`${next.href} answered ${response.status}: ${await response.text()}`);
    }
    next = new URL(location, next);
    if (next.origin === bed.apiUrl) {
      return next;
    }
  }
  throw new Error('too many redirects before the callback');
}

export interface CallbackOutcome {
  status: number;
  location: string | null;
  sessionCookie: string | undefined;
}

export async function visitCallback(
  bed: OidcTestBed,
  browser: TestBrowser,
  url: URL,
): Promise<CallbackOutcome> {
  const response = await browser.get(url);
  return {
    status: response.status,
    location: response.headers.get('location'),
    sessionCookie: response.headers.getSetCookie().find((c) => c.startsWith('idgov_session=')),
  };
}

// A whole sign-in in a fresh browser, which is returned for what follows (e.g. querying `me`).
export async function signInThroughProvider(
  bed: OidcTestBed,
  returnTo?: string,
): Promise<{ browser: TestBrowser; outcome: CallbackOutcome }> {
  const browser = new TestBrowser();
  const callback = await authorise(bed, browser, returnTo);
  if (callback.pathname !== callbackPath) {
    return {
      browser,
      outcome: {
        status: 302,
        location: callback.pathname + callback.search,
        sessionCookie: undefined,
      },
    };
  }
  return { browser, outcome: await visitCallback(bed, browser, callback) };
}

export async function me(
  bed: OidcTestBed,
  browser: TestBrowser,
): Promise<{ id: string; email: string | null; displayName: string } | null> {
  const response = await browser.post(new URL('/graphql', bed.apiUrl), {
    query: '{ me { id email displayName } }',
  });
  const body = (await response.json()) as {
    data?: { me: { id: string; email: string | null; displayName: string } | null };
  };
  return body.data?.me ?? null;
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

const post = (t: TestApp, body: unknown) =>
  t.http().post('/graphql').set('content-type', 'application/json').send(JSON.stringify(body));

describe('GraphQL hardening', () => {
  let t: TestApp;
  let prod: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
    prod = await startTestApp('pglite', { NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await t.close();
    await prod.close();
  });

  it('refuses too many aliases and too many fields, before resolving anything', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: framework { version }`).join(' ');
    const res = await post(t, { query: `{ ${aliases} }` });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toBe('The operation uses 31 aliases (limit 30)');

    const fields = Array.from({ length: 1600 }, () => 'version').join(' ');
    const big = await post(t, { query: `{ framework { ${fields} } }` });
    expect(big.status).toBe(400);
    expect(big.body.errors[0].message).toMatch(/^The operation selects 1601 fields/);
  });

  it('answers a batched array with 400 and an oversized body with 413', async () => {
    const batch = await post(t, [
      { query: '{ framework { version } }' },
      { query: '{ framework { version } }' },
    ]);
    expect(batch.status).toBe(400);
    const huge = await post(t, {
      query: `{ framework { version } }`,
      variables: { pad: 'x'.repeat(1_100_000) },
    });
    expect(huge.status).toBe(413);
  });

  it('requires a JSON content type or a preflight header on POST (CSRF)', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ query: '{ framework { version } }' }));
    expect(res.status).toBe(400);
  });

  it('turns introspection and field suggestions off in production', async () => {
    const intro = await post(prod, { query: '{ __schema { types { name } } }' });
    expect(intro.body.errors[0].message).toMatch(/introspection/i);
    const typo = await post(prod, { query: '{ framwork { version } }' });
    expect(typo.body.errors[0].message).not.toMatch(/Did you mean/);
    const devTypo = await post(t, { query: '{ framwork { version } }' });
    expect(devTypo.body.errors[0].message).toMatch(/Did you mean/);
  });

  it('sends security headers', async () => {
    const res = await t.http().get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

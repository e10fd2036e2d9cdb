import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { UsersService } from '../src/modules/users/users.service.js';
import { createUser, testPassword } from './factories/user.factory.js';
import { errorOf, startTestApp, type GraphqlResponse, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const login = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id email displayName } } }`;

describe.each(testEngines())('sign-in sessions on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  const gqlAs = (auth: { cookie?: string; bearer?: string }, query: string, variables?: object) => {
    const req = t.http().post('/graphql').set('content-type', 'application/json');
    if (auth.cookie) {
      req.set('cookie', auth.cookie);
    }
    if (auth.bearer) {
      req.set('authorization', `Bearer ${auth.bearer}`);
    }
    return req.send({ query, variables });
  };

  it('signs in with an httpOnly cookie and a bearer token, and logs out at once', async () => {
    const user = await createUser(t, { email: 'Mixed.Case@Example.org' });
    const res = await gqlAs({}, login, { e: ' mixed.case@example.org ', p: testPassword });
    expect(res.body.data.login.user).toEqual({
      id: user.id,
      email: 'mixed.case@example.org',
      displayName: user.displayName,
    });
    const token = res.body.data.login.token as string;
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/idgov_session=[A-Za-z0-9_-]+;/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const cookie = setCookie.split(';')[0] as string;

    expect((await gqlAs({ cookie }, '{ me { id } }')).body.data.me).toEqual({ id: user.id });
    expect((await gqlAs({ bearer: token }, '{ me { id } }')).body.data.me).toEqual({ id: user.id });
    expect((await gqlAs({}, '{ me { id } }')).body.data.me).toBeNull();

    expect((await gqlAs({ cookie }, 'mutation { logout }')).body.data.logout).toBe(true);
    expect((await gqlAs({ bearer: token }, '{ me { id } }')).body.data.me).toBeNull();
    const rows = await t.app
      .get(DataSource)
      .query<{ token_hash: string }[]>('SELECT token_hash FROM user_session');
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const user = await createUser(t);
    const wrong = await gqlAs({}, login, { e: user.email, p: 'not the password at all' });
    const unknown = await gqlAs({}, login, {
      e: 'nobody@example.org',
      p: 'not the password at all',
    });
    expect(wrong.body.errors).toEqual(unknown.body.errors);
    expect(errorOf(wrong.body as GraphqlResponse<unknown>)).toEqual({
      code: 'UNAUTHENTICATED',
      field: undefined,
    });
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a disabled account and a password shorter than 12 characters', async () => {
    const user = await createUser(t);
    await t.app
      .get(DataSource)
      .query('UPDATE user_account SET disabled_at = now() WHERE id = $1', [user.id]);
    const res = await gqlAs({}, login, { e: user.email, p: testPassword });
    expect(errorOf(res.body as GraphqlResponse<unknown>).code).toBe('UNAUTHENTICATED');
    await expect(
      t.app
        .get(UsersService)
        .create({ email: 'short@example.org', displayName: 'S', password: 'elevenchars' }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'password' } });
  });

  it('limits failed sign-ins per account, then refuses even the right password for a while', async () => {
    const user = await createUser(t);
    for (let i = 0; i < 10; i += 1) {
      await gqlAs({}, login, { e: user.email, p: 'wrong password number' });
    }
    const res = await gqlAs({}, login, { e: user.email, p: testPassword });
    expect(errorOf(res.body as GraphqlResponse<unknown>).code).toBe('RATE_LIMITED');
  });
});

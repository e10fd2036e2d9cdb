import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { createUser } from './factories/user.factory.js';
import {
  me,
  signInThroughProvider,
  startOidcTestBed,
  type OidcTestBed,
} from './support/oidc-test-bed.js';
import { testEngines } from './support/test-database.js';

let counter = 0;
const subject = () => `linking-${(counter += 1)}-${Date.now()}`;
const address = () => `official${(counter += 1)}.${Date.now()}@ministry.example`;

describe.each(testEngines())('linking provider identities to accounts on %s', (engine) => {
  let bed: OidcTestBed;
  let ds: DataSource;
  beforeAll(async () => {
    bed = await startOidcTestBed(engine);
    ds = bed.t.app.get(DataSource);
  });
  afterAll(() => bed.close());

  const identitiesOf = (sub: string) =>
    ds.query<{ user_id: string }[]>('SELECT user_id FROM user_identity WHERE subject = $1', [sub]);
  const accountsWith = async (email: string) =>
    (
      await ds.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM user_account WHERE email = $1',
        [email],
      )
    )[0]?.n;

  it('links to the existing account when the provider has verified its address', async () => {
    const email = address();
    const existing = await createUser(bed.t, { email });
    const sub = subject();
    bed.idp.signInAs({ sub, email: email.toUpperCase(), email_verified: true, name: 'Other name' });

    const { browser, outcome } = await signInThroughProvider(bed, '/assessments');
    expect(outcome.location).toBe('/assessments');
    expect(await me(bed, browser)).toEqual({
      id: existing.id,
      email,
      displayName: existing.displayName,
    });
    expect(await identitiesOf(sub)).toEqual([{ user_id: existing.id }]);
    const [event] = await ds.query<{ summary: unknown; target_id: string }[]>(
      `SELECT summary, target_id FROM audit_event WHERE action = 'auth.identity-link'
        ORDER BY seq DESC LIMIT 1`,
    );
    expect(event).toEqual({ summary: { account: 'existing' }, target_id: existing.id });
  });

  it('does not link an unverified address to the account that holds it', async () => {
    const email = address();
    await createUser(bed.t, { email });
    const sub = subject();
    bed.idp.signInAs({ sub, email, email_verified: false, name: 'Impostor' });

    const { browser, outcome } = await signInThroughProvider(bed, '/assessments');
    expect(outcome).toEqual({
      status: 302,
      location: '/sign-in?error=sso',
      sessionCookie: undefined,
    });
    expect(await me(bed, browser)).toBeNull();
    expect(await identitiesOf(sub)).toEqual([]);
    expect(await accountsWith(email)).toBe(1);
  });

  it('creates no account for an address the provider has not verified', async () => {
    for (const claims of [{ email_verified: false }, {}]) {
      const email = address();
      const sub = subject();
      bed.idp.signInAs({ sub, email, name: 'Unverified', ...claims });
      const { outcome } = await signInThroughProvider(bed);
      expect(outcome.location).toBe('/sign-in?error=sso');
      expect(await identitiesOf(sub)).toEqual([]);
      expect(await accountsWith(email)).toBe(0);
    }
  });

  it('refuses a disabled account, linked or not, and links nothing', async () => {
    const email = address();
    const disabled = await createUser(bed.t, { email });
    await ds.query('UPDATE user_account SET disabled_at = now() WHERE id = $1', [disabled.id]);
    const sub = subject();
    bed.idp.signInAs({ sub, email, email_verified: true });
    expect((await signInThroughProvider(bed)).outcome.location).toBe('/sign-in?error=sso');
    expect(await identitiesOf(sub)).toEqual([]);

    const linkedEmail = address();
    const linkedSub = subject();
    bed.idp.signInAs({ sub: linkedSub, email: linkedEmail, email_verified: true });
    const first = await signInThroughProvider(bed);
    const userId = (await me(bed, first.browser))?.id;
    await ds.query('UPDATE user_account SET disabled_at = now() WHERE id = $1', [userId]);
    const again = await signInThroughProvider(bed);
    expect(again.outcome).toEqual({
      status: 302,
      location: '/sign-in?error=sso',
      sessionCookie: undefined,
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { createAssessment } from './factories/assessment.factory.js';
import {
  me,
  signInThroughProvider,
  startOidcTestBed,
  type OidcTestBed,
} from './support/oidc-test-bed.js';
import { expectData } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

let counter = 0;
const person = (overrides: { email?: string; email_verified?: boolean; name?: string } = {}) => {
  counter += 1;
  return {
    sub: `citizen-${counter}-${Date.now()}`,
    email: `citizen${counter}.${Date.now()}@gov.example`,
    email_verified: true,
    name: `Citizen ${counter}`,
    ...overrides,
  };
};

describe.each(testEngines())('single sign-on through an OpenID provider on %s', (engine) => {
  let bed: OidcTestBed;
  let ds: DataSource;
  beforeAll(async () => {
    bed = await startOidcTestBed(engine);
    ds = bed.t.app.get(DataSource);
  });
  afterAll(() => bed.close());

  it('lists the provider on the sign-in page', async () => {
    const data = expectData(
      await bed.t.gql<{ authProviders: unknown[] }>(
        '{ authProviders { id label startUrl } }',
        {},
        null,
      ),
    );
    expect(data.authProviders).toEqual([
      { id: 'oidc', label: 'National digital ID', startUrl: `${bed.apiUrl}/api/auth/oidc/start` },
    ]);
  });

  it('creates an account on a first sign-in, opens a session and returns to the page asked for', async () => {
    await createAssessment(bed.t);
    const account = person();
    bed.idp.signInAs(account);
    const { browser, outcome } = await signInThroughProvider(bed, '/assessments?view=mine#top');

    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe('/assessments?view=mine#top');
    expect(outcome.sessionCookie).toMatch(/HttpOnly/);
    expect(outcome.sessionCookie).toMatch(/SameSite=Lax/);
    const signedIn = await me(bed, browser);
    expect(signedIn).toMatchObject({ email: account.email, displayName: account.name });

    const [user] = await ds.query<{ password_hash: string | null; is_platform_admin: boolean }[]>(
      'SELECT password_hash, is_platform_admin FROM user_account WHERE id = $1',
      [signedIn?.id],
    );
    expect(user).toEqual({ password_hash: null, is_platform_admin: false });
    const identities = await ds.query<{ issuer: string; subject: string }[]>(
      'SELECT issuer, subject FROM user_identity WHERE user_id = $1',
      [signedIn?.id],
    );
    expect(identities).toEqual([{ issuer: bed.idp.issuer, subject: account.sub }]);

    // A new person belongs to no assessment, so sees none until a moderator adds them.
    const response = await browser.post(new URL('/graphql', bed.apiUrl), {
      query: '{ assessments { id } }',
    });
    expect(await response.json()).toEqual({ data: { assessments: [] } });
  });

  it('records the link and the session in the audit log, without personal data', async () => {
    const account = person();
    bed.idp.signInAs(account);
    const { browser } = await signInThroughProvider(bed);
    const userId = (await me(bed, browser))?.id;
    const events = await ds.query<{ action: string; summary: unknown; actor: string }[]>(
      `SELECT action, summary, actor FROM audit_event
        WHERE action IN ('auth.identity-link', 'auth.login') ORDER BY seq DESC LIMIT 2`,
    );
    const [pseudonym] = await ds.query<{ audit_pseudonym: string }[]>(
      'SELECT audit_pseudonym FROM user_account WHERE id = $1',
      [userId],
    );
    expect(events.reverse()).toEqual([
      {
        action: 'auth.identity-link',
        summary: { account: 'created' },
        actor: pseudonym?.audit_pseudonym,
      },
      { action: 'auth.login', summary: { method: 'oidc' }, actor: pseudonym?.audit_pseudonym },
    ]);
    const log = JSON.stringify(await ds.query('SELECT * FROM audit_event'));
    expect(log).not.toContain(account.email);
    expect(log).not.toContain(account.sub);
  });

  it('uses the stored link on the next sign-in, even after the address changed at the provider', async () => {
    const account = person();
    bed.idp.signInAs(account);
    const first = await signInThroughProvider(bed);
    const firstId = (await me(bed, first.browser))?.id;

    bed.idp.signInAs({ ...account, email: `moved.${account.email}` });
    const second = await signInThroughProvider(bed);
    expect(second.outcome.location).toBe('/');
    expect((await me(bed, second.browser))?.id).toBe(firstId);
    const [count] = await ds.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM user_identity WHERE subject = $1',
      [account.sub],
    );
    expect(count?.n).toBe(1);
    const [links] = await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM user_account WHERE email = $1`,
      [`moved.${account.email}`],
    );
    expect(links?.n).toBe(0);
  });
});

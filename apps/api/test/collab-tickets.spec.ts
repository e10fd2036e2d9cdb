import { documentName } from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, signIn, type Team } from './factories/team.factory.js';
import { RawClient } from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { errorOf } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const ticketMutation = `mutation($name: String!) { collabToken(documentName: $name) }`;

describe.each(testEngines())('collaboration tickets on %s', (engine) => {
  let t: CollabTestApp;
  let team: Team;
  let assigned: string;
  let unassigned: string;
  beforeAll(async () => {
    t = await startCollabTestApp(engine, {}, { PUBLIC_URL: 'https://idgov.example.org' });
    team = await createTeam(t);
    assigned = documentName(team.assessment.id, team.assignedElement);
    unassigned = documentName(team.assessment.id, team.unassignedElement);
  });
  afterAll(() => t.close());

  const open = async (name: string, ticket: string, headers: Record<string, string> = {}) => {
    const client = await RawClient.open(`${t.collabUrl}/${name}?token=${ticket}`, headers);
    client.close();
    return 'open';
  };
  const refusal = (name: string, ticket: string, headers: Record<string, string> = {}) =>
    open(name, ticket, headers).catch((error: Error) => error.message);

  it('are issued only for documents the caller may read', async () => {
    const code = async (name: string, token: string | null) =>
      errorOf(await t.gql(ticketMutation, { name }, token));
    expect(await code('assessment.nope', team.ministry.token)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'documentName',
    });
    const missing = await code(
      documentName(crypto.randomUUID(), 'user-value'),
      team.outsider.token,
    );
    expect(missing).toEqual({ code: 'NOT_FOUND', field: 'documentName' });
    expect(await code(assigned, team.outsider.token)).toEqual(missing);
    expect(await code(documentName(team.assessment.id, 'no-such-element'), t.adminToken)).toEqual(
      missing,
    );
    expect(await code(assigned, null)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('open exactly one connection, to the document they were issued for', async () => {
    const ticket = await t.ticket(assigned, team.observer.token);
    expect(await refusal(unassigned, ticket)).toBe('HTTP 403');
    // Spent by the refused attempt: it opens nothing, not even its own document.
    expect(await refusal(assigned, ticket)).toBe('HTTP 401');

    const fresh = await t.ticket(assigned, team.observer.token);
    expect(await open(assigned, fresh)).toBe('open');
    expect(await refusal(assigned, fresh)).toBe('HTTP 401');
  });

  it('expire, and die with the session that asked for them', async () => {
    const ticket = await t.ticket(assigned, team.observer.token);
    await t.sql(`UPDATE collab_token SET expires_at = now() - interval '1 second'`);
    expect(await refusal(assigned, ticket)).toBe('HTTP 401');

    const session = await signIn(t, team.cso.user);
    const orphan = await t.ticket(assigned, session);
    await t.gql(`mutation { logout }`, {}, session);
    expect(await refusal(assigned, orphan)).toBe('HTTP 401');
    expect(await refusal(assigned, 'x'.repeat(43))).toBe('HTTP 401');
    expect(await refusal(assigned, '')).toBe('HTTP 401');
  });

  it('are refused from a foreign web page, accepted from ours', async () => {
    const foreign = { origin: 'https://evil.example.net' };
    const ticket = await t.ticket(assigned, team.ministry.token);
    expect(await refusal(assigned, ticket, foreign)).toBe('HTTP 403');
    // The Origin check comes first, so that ticket is still good.
    expect(await open(assigned, ticket, { origin: 'https://idgov.example.org' })).toBe('open');
    const local = { origin: `http://127.0.0.1:${t.port}` };
    expect(await open(assigned, await t.ticket(assigned, team.ministry.token), local)).toBe('open');
  });

  it('answer 404 for anything that is not an element document', async () => {
    const ticket = await t.ticket(assigned, team.ministry.token);
    expect(await refusal('not-a-document', ticket)).toBe('HTTP 404');
    expect(await refusal(`${assigned}%ZZ`, ticket)).toBe('HTTP 404');
    // (/graphql upgrades belong to GraphQL subscriptions, not to this server.)
    const other = await RawClient.open(`ws://127.0.0.1:${t.port}/elsewhere`).catch(
      (error: Error) => error.message,
    );
    expect(other).toBe('HTTP 404');
  });
});

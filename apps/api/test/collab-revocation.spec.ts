import { collabCloseCode, documentName, encodeAckRequest } from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addMember, createTeam, signIn, type Team } from './factories/team.factory.js';
import { createUser } from './factories/user.factory.js';
import {
  accessIn,
  presenceIn,
  RawClient,
  savedIn,
  stockClient,
  syncUpdate,
  textUpdate,
  until,
} from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { expectData } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const changeRole = `mutation($a: ID!, $u: ID!, $r: AssessmentRole!) {
  changeAssessmentMemberRole(assessmentId: $a, userId: $u, role: $r) { role } }`;
const remove = `mutation($a: ID!, $u: ID!) { removeAssessmentMember(assessmentId: $a, userId: $u) }`;
const rationale = 'rationale:detail-1.q1';

// Access changes reach open sockets through the periodic sweep (every 2 s by default), on every
// instance, with nothing to publish. The tests wait for the effect and report how long it took.
describe.each(testEngines())('revoking access to an open document on %s', (engine) => {
  let t: CollabTestApp;
  let team: Team;
  let name: string;
  beforeAll(async () => {
    t = await startCollabTestApp(engine);
    team = await createTeam(t);
    name = documentName(team.assessment.id, team.assignedElement);
  });
  afterAll(() => t.close());

  // A ministry contributor of their own, so that changing them affects no other test.
  const contributor = async () => {
    const user = await createUser(t);
    await addMember(t, team.assessment.id, user.id, 'CONTRIBUTOR', team.orgs.ministry);
    const session = await signIn(t, user);
    const ticket = await t.ticket(name, session);
    const client = await RawClient.open(`${t.collabUrl}/${name}?token=${ticket}`);
    client.send(encodeAckRequest());
    await client.next((m) => presenceIn(m)?.writers === 1, 'counted as a writer');
    return { user, session, ticket, client };
  };
  const connect = async (session: string) => {
    const client = await RawClient.open(
      `${t.collabUrl}/${name}?token=${await t.ticket(name, session)}`,
    );
    client.send(encodeAckRequest());
    return client;
  };
  const changeRoleOf = async (userId: string, role: 'OBSERVER' | 'CONTRIBUTOR') =>
    expectData(
      await t.gql(changeRole, { a: team.assessment.id, u: userId, r: role }, team.moderator.token),
    );

  it('closes the socket of a contributor made observer, who reconnects read only', async ({
    annotate,
  }) => {
    const { user, session, ticket, client } = await contributor();
    const own = new Y.Doc();
    client.send(syncUpdate(textUpdate(rationale, 'BEFORE; ', own)));
    await client.next((m) => savedIn(m) === 1, 'the first update saved');
    const started = performance.now();
    await changeRoleOf(user.id, 'OBSERVER');
    const closed = await client.closed;
    await annotate(`closed after ${Math.round(performance.now() - started)} ms`);
    expect(closed).toEqual({ code: collabCloseCode.accessChanged, reason: 'access changed' });
    // Its edit session ended with the write access, and was audited with what it saved.
    const sessions = () =>
      t.sql<{ summary: { updates: number } }>(
        `SELECT summary FROM audit_event WHERE action = 'collab.edit-session' AND actor = $1`,
        [user.auditPseudonym],
      );
    await until(async () => (await sessions()).length > 0, 'the edit session audited');
    expect((await sessions()).map((e) => e.summary.updates)).toEqual([1]);

    // The spent ticket is refused; a fresh one connects them as a viewer, and says so.
    await expect(RawClient.open(`${t.collabUrl}/${name}?token=${ticket}`)).rejects.toThrow(
      'HTTP 401',
    );
    const again = await connect(session);
    await again.next((m) => accessIn(m) === 'read', 'told it reads only');
    again.send(syncUpdate(textUpdate(rationale, 'AFTER; ', own)));
    const state = new Y.Doc();
    Y.applyUpdate(state, await again.serverState());
    expect(state.getText(rationale).toJSON()).toBe('BEFORE; ');
    expect(again.open).toBe(true);
    again.close();
  });

  it('closes the socket of an observer made contributor, who reconnects as a writer', async () => {
    const { user, session, client } = await contributor();
    await changeRoleOf(user.id, 'OBSERVER');
    await client.closed;
    const viewer = await connect(session);
    await viewer.next((m) => accessIn(m) === 'read', 'told it reads only');

    await changeRoleOf(user.id, 'CONTRIBUTOR');
    expect((await viewer.closed).code).toBe(collabCloseCode.accessChanged);
    const writer = await connect(session);
    await writer.next((m) => accessIn(m) === 'write', 'told it writes');
    writer.send(syncUpdate(textUpdate(rationale, 'PROMOTED; ', new Y.Doc())));
    await writer.next((m) => savedIn(m) === 1, 'the update saved');
    writer.close();
  });

  it('stops the stock client, which would otherwise retry with its spent ticket', async () => {
    const user = await createUser(t);
    await addMember(t, team.assessment.id, user.id, 'CONTRIBUTOR', team.orgs.ministry);
    const stock = stockClient(t.collabUrl, name, await t.ticket(name, await signIn(t, user)));
    await stock.synced;
    const closed = new Promise<{ code: number }>((resolve) =>
      stock.provider.once('closed', (event: { code: number }) => resolve(event)),
    );
    await changeRoleOf(user.id, 'OBSERVER');
    expect((await closed).code).toBe(collabCloseCode.accessChanged);
    expect(stock.provider.shouldConnect).toBe(false);
    stock.destroy();
  });

  it('closes the socket of someone removed from the assessment, for good', async ({ annotate }) => {
    const { user, client } = await contributor();
    const started = performance.now();
    expectData(await t.gql(remove, { a: team.assessment.id, u: user.id }, team.moderator.token));
    const closed = await client.closed;
    await annotate(`closed after ${Math.round(performance.now() - started)} ms`);
    // 4400–4499: the stock client does not reconnect.
    expect(closed.code).toBe(collabCloseCode.accessRevoked);
  });

  it('closes the socket of a session that signed out', async () => {
    const { session, client } = await contributor();
    expectData(await t.gql(`mutation { logout }`, {}, session));
    expect((await client.closed).code).toBe(collabCloseCode.sessionEnded);
  });

  it('closes the writers of an element assigned to someone else', async () => {
    const { client } = await contributor();
    expectData(
      await t.gql(`mutation($input: AssignElementInput!) { assignElement(input: $input) }`, {
        input: {
          assessmentId: team.assessment.id,
          elementKey: team.assignedElement,
          leadOrganisationId: team.orgs.cso,
        },
      }),
    );
    expect((await client.closed).code).toBe(collabCloseCode.accessChanged);
  });
});

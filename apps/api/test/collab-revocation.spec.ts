import {
  collabCloseCode,
  decodeCollabServerMessage,
  documentName,
  encodeAckRequest,
} from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addMember, createTeam, signIn, type Team } from './factories/team.factory.js';
import { createUser } from './factories/user.factory.js';
import { RawClient, syncUpdate, textUpdate } from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { expectData } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const changeRole = `mutation($a: ID!, $u: ID!, $r: AssessmentRole!) {
  changeAssessmentMemberRole(assessmentId: $a, userId: $u, role: $r) { role } }`;
const remove = `mutation($a: ID!, $u: ID!) { removeAssessmentMember(assessmentId: $a, userId: $u) }`;
const rationale = 'rationale:detail-1.q1';

const savedIn = (m: Uint8Array) => {
  const decoded = decodeCollabServerMessage(m);
  return decoded?.type === 'saved' ? decoded.count : null;
};
const presenceIn = (m: Uint8Array) => {
  const decoded = decodeCollabServerMessage(m);
  return decoded?.type === 'presence' ? decoded.presence : null;
};

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
    const client = await RawClient.open(
      `${t.collabUrl}/${name}?token=${await t.ticket(name, session)}`,
    );
    client.send(encodeAckRequest());
    await client.next((m) => presenceIn(m)?.writers === 1, 'counted as a writer');
    return { user, session, client };
  };

  it('downgrades a contributor made observer, in place, and drops their next writes', async ({
    annotate,
  }) => {
    const { user, client } = await contributor();
    const own = new Y.Doc();
    client.send(syncUpdate(textUpdate(rationale, 'BEFORE; ', own)));
    await client.next((m) => savedIn(m) === 1, 'the first update saved');
    const from = client.messages.length;
    const started = performance.now();
    expectData(
      await t.gql(
        changeRole,
        { a: team.assessment.id, u: user.id, r: 'OBSERVER' },
        team.moderator.token,
      ),
    );
    await client.next(
      (m) => presenceIn(m)?.writers === 0 && presenceIn(m)?.viewers === 1,
      'counted as a viewer',
      from,
    );
    await annotate(`downgraded after ${Math.round(performance.now() - started)} ms`);

    client.send(syncUpdate(textUpdate(rationale, 'AFTER; ', own)));
    const state = new Y.Doc();
    Y.applyUpdate(state, await client.roundTrip());
    expect(state.getText(rationale).toJSON()).toBe('BEFORE; ');
    expect(client.open).toBe(true);
    client.close();
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

  it('downgrades the writers of an element assigned to someone else', async () => {
    const { client } = await contributor();
    const from = client.messages.length;
    expectData(
      await t.gql(`mutation($input: AssignElementInput!) { assignElement(input: $input) }`, {
        input: {
          assessmentId: team.assessment.id,
          elementKey: team.assignedElement,
          leadOrganisationId: team.orgs.cso,
        },
      }),
    );
    await client.next((m) => presenceIn(m)?.writers === 0, 'counted as a viewer', from);
    client.close();
  });
});

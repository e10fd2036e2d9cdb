import { collabCloseCode, documentName, encodeAckRequest } from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTeam, type Team } from './factories/team.factory.js';
import { accessIn, RawClient, savedIn, syncUpdate, textUpdate } from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { expectData } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const archive = `mutation($id: ID!) { archiveAssessment(id: $id) { archived } }`;
const restore = `mutation($id: ID!) { restoreAssessment(id: $id) { archived } }`;
const rationale = 'rationale:detail-1.q1';

// An archived assessment is a record: its live documents stay readable and nobody writes to them,
// editors already connected included, until a moderator restores it.
describe.each(testEngines())('live documents of an archived assessment on %s', (engine) => {
  let t: CollabTestApp;
  let team: Team;
  let name: string;
  beforeAll(async () => {
    // The periodic sweep is out of the picture: only the archive itself can explain the close.
    t = await startCollabTestApp(engine, { sweepIntervalMs: 600_000 });
    team = await createTeam(t);
    name = documentName(team.assessment.id, team.assignedElement);
  });
  afterAll(() => t.close());

  const connect = async () => {
    const client = await RawClient.open(
      `${t.collabUrl}/${name}?token=${await t.ticket(name, team.ministry.token)}`,
    );
    client.send(encodeAckRequest());
    return client;
  };
  const setArchived = async (archived: boolean) =>
    expectData(
      await t.gql(archived ? archive : restore, { id: team.assessment.id }, team.moderator.token),
    );

  it('turns open editors into readers, refuses their writes, and gives them back on restore', async () => {
    const own = new Y.Doc();
    const editor = await connect();
    await editor.next((m) => accessIn(m) === 'write', 'told it writes');
    editor.send(syncUpdate(textUpdate(rationale, 'BEFORE; ', own)));
    await editor.next((m) => savedIn(m) === 1, 'the first update saved');

    await setArchived(true);
    expect((await editor.closed).code).toBe(collabCloseCode.accessChanged);
    const reader = await connect();
    await reader.next((m) => accessIn(m) === 'read', 'told it reads only');
    reader.send(syncUpdate(textUpdate(rationale, 'ARCHIVED; ', own)));
    const state = new Y.Doc();
    Y.applyUpdate(state, await reader.serverState());
    expect(state.getText(rationale).toJSON()).toBe('BEFORE; ');

    await setArchived(false);
    expect((await reader.closed).code).toBe(collabCloseCode.accessChanged);
    const writer = await connect();
    await writer.next((m) => accessIn(m) === 'write', 'told it writes again');
    writer.send(syncUpdate(textUpdate(rationale, 'RESTORED; ', new Y.Doc())));
    await writer.next((m) => savedIn(m) === 1, 'the update saved');
    writer.close();
  });
});

import {
  collabCloseCode,
  decodeCollabServerMessage,
  documentName,
  encodeAckRequest,
  readSchemaVersion,
  rootNames,
} from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTeam, type Team } from './factories/team.factory.js';
import { RawClient, syncUpdate } from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { testEngines } from './support/test-database.js';

// The `meta` map (the schema version) belongs to the server, which stamps and migrates it when it
// loads a document. A client update that writes to it is refused whole and the connection closed
// with a code the stock client does not retry.
describe.each(testEngines())('the server-owned meta map on %s', (engine) => {
  let t: CollabTestApp;
  let team: Team;
  let name: string;
  beforeAll(async () => {
    t = await startCollabTestApp(engine);
    team = await createTeam(t);
    name = documentName(team.assessment.id, team.assignedElement);
  });
  afterAll(() => t.close());

  // A writer with a replica of the server's document.
  const writer = async () => {
    const client = await RawClient.open(
      `${t.collabUrl}/${name}?token=${await t.ticket(name, team.ministry.token)}`,
    );
    const replica = new Y.Doc();
    Y.applyUpdate(replica, await client.serverState());
    return { client, replica };
  };
  const refused = async (change: (doc: Y.Doc) => void) => {
    const { client, replica } = await writer();
    const updates: Uint8Array[] = [];
    replica.on('update', (u: Uint8Array) => updates.push(u));
    replica.transact(() => change(replica));
    for (const update of updates) {
      client.send(syncUpdate(update));
    }
    return (await client.closed).code;
  };

  it('refuses overwriting, adding to, deleting from and nesting into meta', async () => {
    const meta = (doc: Y.Doc) => doc.getMap<unknown>(rootNames.meta);
    expect(await refused((doc) => meta(doc).set('schemaVersion', 99))).toBe(
      collabCloseCode.metaWrite,
    );
    expect(await refused((doc) => meta(doc).set('injected', true))).toBe(collabCloseCode.metaWrite);
    expect(await refused((doc) => meta(doc).delete('schemaVersion'))).toBe(
      collabCloseCode.metaWrite,
    );
    expect(
      await refused((doc) => {
        const nested = new Y.Map<string>();
        meta(doc).set('nested', nested);
        nested.set('deep', 'value');
      }),
    ).toBe(collabCloseCode.metaWrite);
    // A text typed next to a meta write in the same update goes with it.
    expect(
      await refused((doc) => {
        doc.getText('rationale:detail-1.q1').insert(0, 'SMUGGLED');
        meta(doc).set('schemaVersion', 2);
      }),
    ).toBe(collabCloseCode.metaWrite);

    const served = new Y.Doc();
    const { client, replica } = await writer();
    Y.applyUpdate(served, Y.encodeStateAsUpdate(replica));
    expect(readSchemaVersion(served)).toBe(1);
    expect([...served.getMap(rootNames.meta).keys()]).toEqual(['schemaVersion']);
    expect(served.getText('rationale:detail-1.q1').toJSON()).toBe('');
    const smuggled = await t.sql<{ n: string }>(
      `SELECT count(*) AS n FROM collab_update
        WHERE position(convert_to('SMUGGLED', 'UTF8') in data) > 0
           OR position(convert_to('injected', 'UTF8') in data) > 0`,
    );
    expect(smuggled[0]?.n).toBe('0');

    // Everything else is written as usual, including edits that follow the server's own writes.
    client.send(encodeAckRequest());
    const updates: Uint8Array[] = [];
    replica.on('update', (u: Uint8Array) => updates.push(u));
    replica.getText('rationale:detail-1.q1').insert(0, 'Allowed.');
    replica.getMap('rating').set('detail-1.q1', 'PARTIAL');
    updates.forEach((u) => client.send(syncUpdate(u)));
    await client.next((m) => {
      const decoded = decodeCollabServerMessage(m);
      return decoded?.type === 'saved' && decoded.count === updates.length;
    }, 'the edits saved');
    expect(client.open).toBe(true);
    client.close();
  });
});

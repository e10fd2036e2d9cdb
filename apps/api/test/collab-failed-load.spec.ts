import { collabCloseCode, documentName, readSchemaVersion } from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from './factories/team.factory.js';
import { stockClient, until } from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { testEngines } from './support/test-database.js';

// A document whose stored state cannot be read is not served, and above all not replaced: a
// failed load must never become an empty document that is then saved over the real one.
describe.each(testEngines())('a document that fails to load on %s', (engine) => {
  let t: CollabTestApp;
  let team: Team;
  let name: string;
  beforeAll(async () => {
    t = await startCollabTestApp(engine);
    team = await createTeam(t);
    name = documentName(team.assessment.id, team.assignedElement);
  });
  afterAll(() => t.close());

  const rows = async () =>
    (
      await t.sql<{ data: Uint8Array }>(
        `SELECT data FROM collab_update WHERE document_name = $1 ORDER BY id`,
        [name],
      )
    ).map((row) => Buffer.from(row.data).toString('hex'));

  it('closes its connections with 1011, writes nothing, and loads once the data is readable', async () => {
    const unreadable = Buffer.from('garbagedoc', 'base64');
    await t.sql(`INSERT INTO collab_update (document_name, data) VALUES ($1, $2)`, [
      name,
      unreadable,
    ]);
    const refused = stockClient(t.collabUrl, name, await t.ticket(name, team.ministry.token));
    await until(() => refused.closeCodes.includes(collabCloseCode.internalError), 'the close');
    refused.destroy();
    expect(await rows()).toEqual([unreadable.toString('hex')]);
    const snapshots = await t.sql(`SELECT 1 FROM collab_snapshot WHERE document_name = $1`, [name]);
    expect(snapshots).toEqual([]);

    await t.sql(`DELETE FROM collab_update WHERE document_name = $1`, [name]);
    const served = stockClient(t.collabUrl, name, await t.ticket(name, team.ministry.token));
    await served.synced;
    expect(readSchemaVersion(served.doc)).toBe(1);
    served.destroy();
  });
});

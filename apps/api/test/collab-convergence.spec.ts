import { documentName, readSchemaVersion, stateHash } from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from './factories/team.factory.js';
import { stockClient, until, type StockClient } from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { testEngines } from './support/test-database.js';
import { RoomRegistry } from '../src/modules/collab/room-registry.js';

const rationale = 'rationale:detail-1.q1';
const summary = 'summary:sub-element-1';

describe.each(testEngines())('co-editing with the stock y-websocket provider on %s', (engine) => {
  let t: CollabTestApp;
  let team: Team;
  let name: string;
  const clients: StockClient[] = [];
  beforeAll(async () => {
    t = await startCollabTestApp(engine);
    team = await createTeam(t);
    name = documentName(team.assessment.id, team.assignedElement);
  });
  afterAll(async () => {
    clients.forEach((c) => c.destroy());
    await t.close();
  });

  const connect = async (sessionToken: string) => {
    const client = stockClient(t.collabUrl, name, await t.ticket(name, sessionToken));
    clients.push(client);
    await client.synced;
    return client;
  };

  it('brings two writers to the same state, and a later reader too', async () => {
    const ministry = await connect(team.ministry.token);
    const moderator = await connect(team.moderator.token);
    ministry.doc.getText(rationale).insert(0, 'Ministry rationale. ');
    moderator.doc.getText(summary).insert(0, 'Moderator summary. ');
    await until(
      () =>
        moderator.doc.getText(rationale).toJSON() === 'Ministry rationale. ' &&
        ministry.doc.getText(summary).toJSON() === 'Moderator summary. ',
      'each edit on the other side',
    );

    // Concurrent edits of one text converge to one order, with both kept.
    ministry.doc.getText(rationale).insert(0, 'M:');
    moderator.doc.getText(rationale).insert(0, 'D:');
    await until(
      () => stateHash(ministry.doc) === stateHash(moderator.doc),
      'the same state on both sides',
    );
    const text = ministry.doc.getText(rationale).toJSON();
    expect(text).toContain('M:');
    expect(text).toContain('D:');
    // The server stamped the schema version when it first loaded the document.
    expect(readSchemaVersion(ministry.doc)).toBe(1);

    const reader = await connect(team.observer.token);
    expect(reader.doc.getText(rationale).toJSON()).toBe(text);
    expect(stateHash(reader.doc)).toBe(stateHash(ministry.doc));
  });

  it('serves the stored document after it was unloaded', async () => {
    const before = await t.rooms.documentHash(name);
    clients.splice(0).forEach((c) => c.destroy());
    await until(async () => {
      await t.rooms.unloadIdle();
      return !t.app.get(RoomRegistry).loaded(name);
    }, 'the room to unload');
    const again = await connect(team.cso.token);
    expect(stateHash(again.doc)).toBe(before);
  });
});

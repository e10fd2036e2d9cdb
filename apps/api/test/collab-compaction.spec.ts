import { documentName, encodeAckRequest, stateHash } from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RoomRegistry } from '../src/modules/collab/room-registry.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { RawClient, savedIn, stockClient, syncUpdate, until } from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { testEngines } from './support/test-database.js';

describe.each(testEngines())('compaction of the update log on %s', (engine) => {
  let t: CollabTestApp;
  let team: Team;
  let name: string;
  beforeAll(async () => {
    t = await startCollabTestApp(engine, { compactRows: 25, unloadDelayMs: 60_000 });
    team = await createTeam(t);
    name = documentName(team.assessment.id, team.assignedElement);
  });
  afterAll(() => t.close());

  const count = async (table: 'collab_update' | 'collab_snapshot') =>
    Number(
      (
        await t.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE document_name = $1`, [
          name,
        ])
      )[0]?.n,
    );

  // Edits of several kinds, with deletions, each stored as its own row.
  const edit = async (rounds: number) => {
    const client = await RawClient.open(
      `${t.collabUrl}/${name}?token=${await t.ticket(name, team.ministry.token)}`,
    );
    client.send(encodeAckRequest());
    const replica = new Y.Doc();
    Y.applyUpdate(replica, await client.serverState());
    const updates: Uint8Array[] = [];
    replica.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < rounds; i += 1) {
      const text = replica.getText('rationale:detail-1.q1');
      text.insert(Math.floor(text.length / 2), `edit ${i}; `);
      if (i % 5 === 4) {
        text.delete(0, 3);
      }
      replica.getMap('rating').set('detail-1.q1', i % 2 ? 'PARTIAL' : 'NOT_MET');
    }
    updates.forEach((u) => client.send(syncUpdate(u)));
    await client.next((m) => savedIn(m) === updates.length, 'every edit saved');
    client.close();
    await client.closed;
    return replica;
  };

  it('folds the log into a snapshot in the background and loads the same state from it', async () => {
    const replica = await edit(60);
    // 120 rows went in; compaction (past 25) runs after commits, in the background.
    await until(async () => (await count('collab_snapshot')) === 1, 'a snapshot');
    await until(async () => (await count('collab_update')) < 120, 'log rows folded away');
    const before = await t.rooms.documentHash(name);
    expect(before).toBe(stateHash(replica));

    await t.rooms.compact(name);
    expect(await count('collab_update')).toBe(0);
    await until(async () => {
      await t.rooms.unloadIdle();
      return !t.app.get(RoomRegistry).find(name);
    }, 'the room to unload');

    const reader = stockClient(t.collabUrl, name, await t.ticket(name, team.observer.token));
    await reader.synced;
    expect(stateHash(reader.doc)).toBe(before);
    reader.destroy();
  });

  it('keeps every update when compactions race each other and new writes', async () => {
    const writes = edit(30);
    await Promise.all([t.rooms.compact(name), t.rooms.compact(name), writes]);
    await Promise.all([t.rooms.compact(name), t.rooms.compact(name)]);
    const replica = await writes;
    const live = await t.rooms.documentHash(name);
    expect(live).toBe(stateHash(replica));
    await until(async () => {
      await t.rooms.unloadIdle();
      return !t.app.get(RoomRegistry).find(name);
    }, 'the room to unload');
    expect(await t.rooms.documentHash(name)).toBe(live);
  });
});

import { documentName, stateHash } from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { RoomRegistry } from '../src/modules/collab/room-registry.js';
import { createTeam, type Team } from './factories/team.factory.js';
import {
  isSync,
  RawClient,
  stockClient,
  stockRoundTrip,
  syncPayload,
  until,
} from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { testEngines } from './support/test-database.js';

const rationale = 'rationale:detail-1.q1';

// A reader opening a document nobody has loaded gets the stored snapshot and log tail as they
// are, while the server builds the document, and then only what it lacks.
describe.each(testEngines())('a cold document sent ahead of its load on %s', (engine) => {
  let t: CollabTestApp;
  let team: Team;
  let name: string;
  beforeAll(async () => {
    t = await startCollabTestApp(engine, { unloadDelayMs: 60_000 });
    team = await createTeam(t);
    name = documentName(team.assessment.id, team.assignedElement);
  });
  afterAll(() => t.close());

  const write = async (words: number, from: number) => {
    const writer = stockClient(t.collabUrl, name, await t.ticket(name, team.ministry.token));
    await writer.synced;
    const text = writer.doc.getText(rationale);
    for (let i = from; i < from + words; i += 1) {
      text.insert(text.length, `word-${i} `);
    }
    await stockRoundTrip(writer);
    const want = stateHash(writer.doc);
    await until(async () => (await t.rooms.documentHash(name)) === want, 'every word stored');
    writer.destroy();
  };

  it('sends the stored state first, then a sync step 2 without it, to the same end state', async () => {
    await write(300, 0);
    await t.rooms.compact(name);
    await write(5, 300); // a tail after the snapshot
    const expected = await t.rooms.documentHash(name);
    await until(async () => {
      await t.rooms.unloadIdle();
      return !t.app.get(RoomRegistry).find(name);
    }, 'the room to unload');

    const reader = await RawClient.open(
      `${t.collabUrl}/${name}?token=${await t.ticket(name, team.observer.token)}`,
    );
    const greeting = await reader.next(
      (m) => isSync(m, syncProtocol.messageYjsSyncStep1),
      "the server's sync step 1",
    );
    const ahead = reader.messages
      .slice(0, reader.messages.indexOf(greeting))
      .filter((m) => isSync(m, syncProtocol.messageYjsUpdate))
      .map(syncPayload);
    expect(ahead.length).toBeGreaterThanOrEqual(2); // the snapshot and the tail

    const replica = new Y.Doc();
    ahead.forEach((update) => Y.applyUpdate(replica, update));
    expect(replica.getText(rationale).toJSON()).toContain('word-304 ');

    // The client says it has nothing (it asked before reading): the answer still leaves out what
    // was sent ahead.
    const answer = await reader.roundTrip(new Y.Doc());
    const full = Y.encodeStateAsUpdate(replica);
    expect(answer.length).toBeLessThan(full.length / 4);
    Y.applyUpdate(replica, answer);
    expect(stateHash(replica)).toBe(expected);
    reader.close();
  });

  it('still answers in full a client that connects once the document is loaded', async () => {
    const holder = stockClient(t.collabUrl, name, await t.ticket(name, team.ministry.token));
    await holder.synced;
    const reader = await RawClient.open(
      `${t.collabUrl}/${name}?token=${await t.ticket(name, team.observer.token)}`,
    );
    const replica = new Y.Doc();
    Y.applyUpdate(replica, await reader.roundTrip(replica));
    expect(stateHash(replica)).toBe(await t.rooms.documentHash(name));
    reader.close();
    holder.destroy();
  });
});

import { collabMessageType, documentName, encodeAckRequest } from '@idgov/assessment-doc';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTeam, type Team } from './factories/team.factory.js';
import {
  RawClient,
  savedIn,
  stockClient,
  type StockClient,
  syncUpdate,
  textUpdate,
  until,
} from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { testEngines } from './support/test-database.js';

const rationale = 'rationale:detail-1.q1';
const savedCounts = (client: RawClient) =>
  client.messages.map(savedIn).filter((n): n is number => n !== null);

describe.each(testEngines())('"saved" acknowledgements on %s', (engine) => {
  let t: CollabTestApp;
  let team: Team;
  let name: string;
  const stock: StockClient[] = [];
  beforeAll(async () => {
    t = await startCollabTestApp(engine);
    team = await createTeam(t);
    name = documentName(team.assessment.id, team.assignedElement);
  });
  afterAll(async () => {
    stock.forEach((c) => c.destroy());
    await t.close();
  });

  const stored = async (mark: string) =>
    Number(
      (
        await t.sql<{ n: string }>(
          `SELECT count(*) AS n FROM collab_update
            WHERE document_name = $1 AND position(convert_to($2, 'UTF8') in data) > 0`,
          [name, mark],
        )
      )[0]?.n,
    );
  const openWriter = async () => {
    const client = await RawClient.open(
      `${t.collabUrl}/${name}?token=${await t.ticket(name, team.ministry.token)}`,
    );
    client.send(encodeAckRequest());
    await client.next((m) => savedIn(m) === 0, 'the first count');
    return client;
  };

  it('come after the update is in the database, counting in order, to those who asked', async () => {
    const reader = stockClient(t.collabUrl, name, await t.ticket(name, team.observer.token));
    stock.push(reader);
    await reader.synced;
    const writer = await openWriter();
    expect(savedCounts(writer)).toEqual([0]);

    // Each acknowledgement is checked against the database as it arrives.
    const checks: Promise<void>[] = [];
    const own = new Y.Doc();
    for (let i = 1; i <= 20; i += 1) {
      writer.send(syncUpdate(textUpdate(rationale, `ACK-${i}; `, own)));
      await writer.next((m) => savedIn(m) === i, `saved ${i}`);
      checks.push(stored(`ACK-${i};`).then((n) => expect(n).toBe(1)));
    }
    await Promise.all(checks);
    // A burst is stored in shared batches; each commit is acknowledged with one cumulative count.
    for (let i = 21; i <= 60; i += 1) {
      writer.send(syncUpdate(textUpdate(rationale, `ACK-${i}; `, own)));
    }
    await writer.next((m) => savedIn(m) === 60, 'saved 60');
    expect(await stored('ACK-60;')).toBe(1);
    const counts = savedCounts(writer);
    expect(counts.slice(0, 21)).toEqual(Array.from({ length: 21 }, (_, i) => i));
    expect(counts.every((n, i) => i === 0 || n > (counts[i - 1] ?? 0))).toBe(true);
    expect(counts.at(-1)).toBe(60);
    await until(() => reader.doc.getText(rationale).toJSON().includes('ACK-20;'), 'the reader');
    // A stock client never hears of our message types.
    expect(reader.receivedTypes.every((type) => type <= collabMessageType.queryAwareness)).toBe(
      true,
    );
    writer.close();
  });

  // PGlite has a single connection: nothing else can hold a lock on it from outside.
  const onServer = it.runIf(engine === 'postgres');
  onServer('are held back, and so is the update, while the database is', async () => {
    const writer = await openWriter();
    const reader = stockClient(t.collabUrl, name, await t.ticket(name, team.cso.token));
    stock.push(reader);
    await reader.synced;
    const lock = new pg.Client({ connectionString: (t.database.options as { url?: string }).url });
    await lock.connect();
    try {
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE collab_update IN EXCLUSIVE MODE');
      const own = new Y.Doc();
      writer.send(syncUpdate(textUpdate(rationale, 'HELD-BACK; ', own)));
      // A reader's round trip through the server comes back without it, and no count moved.
      const state = new Y.Doc();
      Y.applyUpdate(state, await writer.serverState());
      expect(state.getText(rationale).toJSON()).not.toContain('HELD-BACK');
      expect(savedCounts(writer)).toEqual([0]);
      expect(reader.doc.getText(rationale).toJSON()).not.toContain('HELD-BACK');
    } finally {
      await lock.query('COMMIT');
      await lock.end();
    }
    await writer.next((m) => savedIn(m) === 1, 'saved 1');
    expect(await stored('HELD-BACK;')).toBe(1);
    await until(() => reader.doc.getText(rationale).toJSON().includes('HELD-BACK'), 'the reader');
    writer.close();
  });
});

import { createHash } from 'node:crypto';
import { documentName, encodeAckRequest, stateHash } from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTeam, type Team } from './factories/team.factory.js';
import {
  RawClient,
  savedIn,
  stockClient,
  type StockClient,
  syncUpdate,
  until,
} from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { malformedCorpus, type CorpusEntry } from './support/malformed-corpus.js';
import { CollabTokenService } from '../src/modules/collab/collab-token.service.js';
import { RoomRegistry } from '../src/modules/collab/room-registry.js';
import { testEngines } from './support/test-database.js';

// At least 5,000 messages in CI; fewer locally. Rate limits are lifted here (they have their own
// test) so that every message is judged on its content.
const corpusSize = process.env['CI'] === 'true' ? 5_000 : 600;

describe.each(testEngines())('a malformed-message corpus on %s', (engine) => {
  let t: CollabTestApp;
  let team: Team;
  let target: string;
  let other: string;
  const stock: StockClient[] = [];
  beforeAll(async () => {
    t = await startCollabTestApp(engine, {
      validateTimeoutMs: 1_000,
      messagesPerSecond: 1e6,
      messageBurst: 1e6,
      bytesPerSecond: 1e9,
      byteBurst: 1e9,
    });
    team = await createTeam(t);
    target = documentName(team.assessment.id, team.unassignedElement);
    other = documentName(team.assessment.id, team.assignedElement);
  });
  afterAll(async () => {
    stock.forEach((c) => c.destroy());
    await t.close();
  });

  it('leaves the server serving other documents, and stores nothing that does not load', async ({
    annotate,
  }) => {
    const writer = stockClient(t.collabUrl, other, await t.ticket(other, team.ministry.token));
    const reader = stockClient(t.collabUrl, other, await t.ticket(other, team.observer.token));
    stock.push(writer, reader);
    await Promise.all([writer.synced, reader.synced]);
    const stillServing = async (i: number) => {
      writer.doc.getText('summary:sub-element-1').insert(0, `alive ${i}; `);
      await until(
        () => reader.doc.getText('summary:sub-element-1').toJSON().includes(`alive ${i};`),
        `the other document to keep syncing (message ${i})`,
      );
    };

    // Thousands of connections: tickets straight from the service (the mutation has its own test).
    const [admin] = await t.sql<{ session_id: string; user_id: string }>(
      `SELECT id AS session_id, user_id FROM user_session WHERE token_hash = $1`,
      [createHash('sha256').update(t.adminToken).digest('hex')],
    );
    const adminActor = { userId: admin?.user_id ?? '', isPlatformAdmin: true, memberships: {} };
    const tickets = t.app.get(CollabTokenService);
    const open = async () => {
      const ticket = await tickets.issue(adminActor, admin?.session_id ?? '', target);
      const opened = await RawClient.open(`${t.collabUrl}/${target}?token=${ticket}`);
      opened.send(encodeAckRequest());
      await opened.next((m) => savedIn(m) === 0, 'the first count');
      return opened;
    };
    const closes = new Map<string, number>();
    const probe = syncUpdate(Y.encodeStateAsUpdate(new Y.Doc()));
    // Four connections at a time, each taking every fourth message.
    const lane = async (entries: CorpusEntry[], offset: number) => {
      let client = await open();
      for (const [n, entry] of entries.entries()) {
        if (!client.open) {
          const { code } = await client.closed;
          closes.set(String(code), (closes.get(String(code)) ?? 0) + 1);
          client = await open();
        }
        // Each message is followed by an empty update: its "saved" (or the close) comes once the
        // server has dealt with the message, so the next one is judged on a fresh footing. Being
        // empty, it is acknowledged without being stored and the document stays small.
        const from = client.messages.length;
        const before = Math.max(0, ...client.messages.map((m) => savedIn(m) ?? 0));
        client.send(entry.message);
        client.send(probe);
        await client
          .next((m) => (savedIn(m) ?? 0) > before, 'the probe saved', from)
          .catch(() => undefined);
        if (n % 100 === 0) {
          await stillServing(offset * 1_000_000 + n);
        }
      }
      client.close();
    };
    const corpus = malformedCorpus(corpusSize);
    await Promise.all(
      [0, 1, 2, 3].map((offset) =>
        lane(
          corpus.filter((_, i) => i % 4 === offset),
          offset,
        ),
      ),
    );
    await stillServing(corpusSize);
    await annotate(
      `${corpusSize} messages; connections closed by code: ${JSON.stringify(Object.fromEntries(closes))}`,
    );
    const live = await t.rooms.documentHash(target);

    // Whatever was stored applies, and the document loads again from it.
    const rows = await t.sql<{ data: Uint8Array }>(
      `SELECT data FROM collab_snapshot WHERE document_name = $1
       UNION ALL SELECT data FROM collab_update WHERE document_name = $1`,
      [target],
    );
    const rebuilt = new Y.Doc();
    for (const row of rows) {
      Y.applyUpdate(rebuilt, new Uint8Array(row.data));
    }
    expect(stateHash(rebuilt)).toBe(live);
    await until(async () => {
      await t.rooms.unloadIdle();
      return !t.app.get(RoomRegistry).find(target);
    }, 'the target to unload');
    const fresh = stockClient(t.collabUrl, target, await t.ticket(target, team.moderator.token));
    stock.push(fresh);
    await fresh.synced;
    expect(stateHash(fresh.doc)).toBe(live);
  }, 600_000);
});

import {
  collabCloseCode,
  decodeCollabServerMessage,
  documentName,
  encodeAckRequest,
} from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createTeam, type Team } from './factories/team.factory.js';
import {
  awarenessOf,
  RawClient,
  stockClient,
  syncUpdate,
  textUpdate,
  type StockClient,
} from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { testEngines } from './support/test-database.js';

describe.each(testEngines())('size and rate limits on %s', (engine) => {
  let t: CollabTestApp;
  let team: Team;
  let name: string;
  const stock: StockClient[] = [];
  beforeAll(async () => {
    t = await startCollabTestApp(engine, { messagesPerSecond: 50, messageBurst: 100 });
    team = await createTeam(t);
    name = documentName(team.assessment.id, team.assignedElement);
  });
  afterAll(async () => {
    stock.forEach((c) => c.destroy());
    await t.close();
  });

  const open = async () =>
    RawClient.open(`${t.collabUrl}/${name}?token=${await t.ticket(name, team.ministry.token)}`);

  it('closes a connection that sends a message over 2 MiB with 1009, and serves on', async () => {
    const client = await open();
    client.send(new Uint8Array(2 * 1024 * 1024 + 1));
    expect((await client.closed).code).toBe(collabCloseCode.messageTooBig);

    const large = await open();
    large.send(encodeAckRequest());
    large.send(syncUpdate(textUpdate('rationale:detail-1.q1', 'x'.repeat(1024 * 1024))));
    await large.next((m) => {
      const decoded = decodeCollabServerMessage(m);
      return decoded?.type === 'saved' && decoded.count === 1;
    }, 'the large update saved');
    const state = new Y.Doc();
    Y.applyUpdate(state, await large.serverState());
    expect(state.getText('rationale:detail-1.q1').length).toBe(1024 * 1024);
    large.close();
  });

  it('closes a connection whose awareness is oversized', async () => {
    const client = await open();
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ padding: 'x'.repeat(70 * 1024) });
    client.send(awarenessOf(awareness));
    expect((await client.closed).code).toBe(collabCloseCode.messageTooBig);
  });

  it('closes a connection over its message rate; others keep syncing', async () => {
    const flooder = await open();
    const reader = stockClient(t.collabUrl, name, await t.ticket(name, team.observer.token));
    stock.push(reader);
    await reader.synced;
    for (let i = 0; i < 300 && flooder.open; i += 1) {
      flooder.send(new Uint8Array([collabMessageTypeUnknown]));
    }
    expect((await flooder.closed).code).toBe(collabCloseCode.policyViolation);
    const writer = await open();
    writer.send(syncUpdate(textUpdate('summary:sub-element-1', 'still here')));
    await reader.synced;
    await new Promise<void>((resolve) => {
      const check = () => {
        if (reader.doc.getText('summary:sub-element-1').toJSON().includes('still here')) {
          reader.doc.off('update', check);
          resolve();
        }
      };
      reader.doc.on('update', check);
      check();
    });
    writer.close();
  });
});

// A type the server ignores: it costs nothing but the rate limit.
const collabMessageTypeUnknown = 42;

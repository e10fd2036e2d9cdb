import { decodeCollabServerMessage, documentName, encodeAckRequest } from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createTeam, type Team } from './factories/team.factory.js';
import {
  awarenessOf,
  RawClient,
  stockClient,
  stockRoundTrip,
  syncStep2,
  syncUpdate,
  textUpdate,
  until,
  type StockClient,
} from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { testEngines } from './support/test-database.js';

const rationale = 'rationale:detail-1.q1';

describe.each(testEngines())('read-only collaborators on %s', (engine) => {
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

  const rowsHolding = async (mark: string) =>
    (
      await t.sql<{ n: string }>(
        `SELECT count(*) AS n FROM collab_update
          WHERE document_name = $1 AND position(convert_to($2, 'UTF8') in data) > 0`,
        [name, mark],
      )
    )[0]?.n;

  it("drops an observer's and a reviewer's edits and awareness, and counts them", async () => {
    const writer = stockClient(t.collabUrl, name, await t.ticket(name, team.ministry.token));
    const reviewer = stockClient(t.collabUrl, name, await t.ticket(name, team.reviewer.token));
    clients.push(writer, reviewer);
    await Promise.all([writer.synced, reviewer.synced]);
    writer.doc.getText(rationale).insert(0, 'Written by the ministry. ');
    await until(
      () => reviewer.doc.getText(rationale).toJSON() === 'Written by the ministry. ',
      'the writer edit to reach the reviewer',
    );
    const before = await t.rooms.documentHash(name);

    // The observer, message by message: updates, a sync step 2 and awareness.
    const observer = await RawClient.open(
      `${t.collabUrl}/${name}?token=${await t.ticket(name, team.observer.token)}`,
    );
    observer.send(encodeAckRequest());
    const own = new Y.Doc();
    for (let i = 0; i < 200; i += 1) {
      observer.send(syncUpdate(textUpdate(rationale, `OBSERVER-MARK-${i} `, own)));
    }
    observer.send(syncStep2(Y.encodeStateAsUpdate(own)));
    const observerAwareness = new Awareness(own);
    observerAwareness.setLocalState({ user: 'observer' });
    observer.send(awarenessOf(observerAwareness));
    const served = new Y.Doc();
    Y.applyUpdate(served, await observer.serverState());
    expect(served.getText(rationale).toJSON()).toBe('Written by the ministry. ');

    // The reviewer, through the stock provider: its local edit and awareness go out as usual.
    reviewer.doc.getText(rationale).insert(0, 'REVIEWER-MARK ');
    reviewer.provider.awareness.setLocalState({ user: 'reviewer' });
    await stockRoundTrip(reviewer);
    expect(await t.rooms.documentHash(name)).toBe(before);

    // A second writer's edit and cursor reach the first; nothing of the read-only pair does.
    const moderator = stockClient(t.collabUrl, name, await t.ticket(name, team.moderator.token));
    clients.push(moderator);
    await moderator.synced;
    moderator.provider.awareness.setLocalState({ user: 'moderator' });
    moderator.doc.getText('summary:sub-element-1').insert(0, 'Moderator summary.');
    await until(
      () =>
        writer.doc.getText('summary:sub-element-1').length > 0 &&
        writer.provider.awareness.getStates().has(moderator.doc.clientID),
      "the moderator's edit and cursor to reach the writer",
    );
    const seenByWriter = [...writer.provider.awareness.getStates().keys()];
    expect(seenByWriter).not.toContain(own.clientID);
    expect(seenByWriter).not.toContain(reviewer.doc.clientID);
    expect(writer.doc.getText(rationale).toJSON()).toBe('Written by the ministry. ');
    expect(await rowsHolding('OBSERVER-MARK')).toBe('0');
    expect(await rowsHolding('REVIEWER-MARK')).toBe('0');

    // Viewers are counted (distinct people): observer and reviewer; writers: ministry, moderator.
    await until(
      () =>
        observer.messages
          .map(decodeCollabServerMessage)
          .some(
            (m) => m?.type === 'presence' && m.presence.writers === 2 && m.presence.viewers === 2,
          ),
      'presence counts of two writers and two viewers',
    );
    expect(observer.open).toBe(true);
    observer.close();
  });
});

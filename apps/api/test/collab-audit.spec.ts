import { decodeCollabServerMessage, documentName, encodeAckRequest } from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTeam, type Team } from './factories/team.factory.js';
import { RawClient, syncUpdate, textUpdate, until } from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { testEngines } from './support/test-database.js';

interface EventRow {
  action: string;
  actor: string;
  target_id: string;
  assessment_id: string;
  request_id: string;
  summary: Record<string, unknown>;
}

describe.each(testEngines())('accountability of co-editing on %s', (engine) => {
  let t: CollabTestApp;
  let team: Team;
  let name: string;
  beforeAll(async () => {
    t = await startCollabTestApp(engine);
    team = await createTeam(t);
    name = documentName(team.assessment.id, team.assignedElement);
  });
  afterAll(() => t.close());

  const events = () =>
    t.sql<EventRow>(
      `SELECT action, actor, target_id, assessment_id, request_id, summary FROM audit_event
        WHERE action LIKE 'collab.%' ORDER BY seq`,
    );
  const connect = async (session: string) => {
    const client = await RawClient.open(
      `${t.collabUrl}/${name}?token=${await t.ticket(name, session)}`,
    );
    client.send(encodeAckRequest());
    return client;
  };

  it("records an editor's join and edit session, under a pseudonym, with the state it left", async () => {
    const viewer = await connect(team.observer.token);
    const writer = await connect(team.ministry.token);
    const own = new Y.Doc();
    for (const word of ['one ', 'two ', 'three ']) {
      writer.send(syncUpdate(textUpdate('rationale:detail-1.q1', word, own)));
    }
    await writer.next((m) => {
      const decoded = decodeCollabServerMessage(m);
      return decoded?.type === 'saved' && decoded.count === 3;
    }, 'three updates saved');
    const left = await t.rooms.documentHash(name);
    writer.close();
    await until(
      async () => (await events()).some((e) => e.action === 'collab.edit-session'),
      'the session event',
    );

    const recorded = await events();
    expect(recorded.map((e) => e.action)).toEqual(['collab.join', 'collab.edit-session']);
    const [join, session] = recorded;
    for (const event of recorded) {
      expect(event).toMatchObject({
        actor: team.ministry.user.auditPseudonym,
        target_id: team.assignedElement,
        assessment_id: team.assessment.id,
      });
    }
    // The pair shares the connection's id.
    expect(session?.request_id).toBe(join?.request_id);
    expect(join?.summary).toEqual({ access: 'write' });
    expect(session?.summary).toMatchObject({ updates: 3, stateHash: left });
    const { from, to } = session?.summary as { from: string; to: string };
    expect(Date.parse(from)).toBeLessThanOrEqual(Date.parse(to));
    const text = JSON.stringify(recorded);
    expect(text).not.toContain(team.ministry.user.email);
    expect(text).not.toContain(team.ministry.user.displayName);
    viewer.close();
  });
});

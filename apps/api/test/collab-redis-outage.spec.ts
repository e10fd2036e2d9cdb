import { documentName, encodeAckRequest } from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTeam, type Team } from './factories/team.factory.js';
import { freePort } from './support/api-process.js';
import { RawClient, savedIn, syncUpdate, textUpdate } from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { expectData } from './support/test-app.js';
import { testEngines } from './support/test-database.js';
import { testRedisPrefix } from './support/test-redis.js';

const rationale = 'rationale:detail-1.q1';

// Redis only relays between instances: while it cannot be reached, an instance stores, answers and
// serves its own connections as if alone, and still starts and stops.
describe.each(testEngines())('collaboration while Redis is unreachable, on %s', (engine) => {
  let t: CollabTestApp;
  let team: Team;
  beforeAll(async () => {
    // A port nothing listens on.
    const env = {
      REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
      REDIS_PREFIX: testRedisPrefix(),
    };
    t = await startCollabTestApp(engine, {}, env);
    team = await createTeam(t);
  });
  afterAll(() => t.close());

  it('stores, acknowledges and relays edits, and access changes still apply', async () => {
    const name = documentName(team.assessment.id, team.assignedElement);
    const open = async (token: string) =>
      RawClient.open(`${t.collabUrl}/${name}?token=${await t.ticket(name, token)}`);
    const writer = await open(team.ministry.token);
    const reader = await open(team.observer.token);
    writer.send(encodeAckRequest());
    writer.send(syncUpdate(textUpdate(rationale, 'Stored without Redis.')));
    await writer.next((m) => savedIn(m) === 1, 'the update saved');
    const seen = new Y.Doc();
    Y.applyUpdate(seen, await reader.serverState());
    expect(seen.getText(rationale).toJSON()).toBe('Stored without Redis.');
    const rows = await t.sql<{ n: string }>(
      'SELECT count(*) AS n FROM collab_update WHERE document_name = $1',
      [name],
    );
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);

    expectData(await t.gql(`mutation { logout }`, {}, team.ministry.token));
    expect((await writer.closed).code).toBeGreaterThanOrEqual(4400);
    reader.close();
  });
});

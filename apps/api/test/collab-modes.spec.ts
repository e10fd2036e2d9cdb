import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentName } from '@idgov/assessment-doc';
import type { INestApplication } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAppConfig } from '../src/core/config/app-config.js';
import { postgresHandle } from '../src/core/database/database-handle.js';
import { createApp } from '../src/create-app.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { RawClient, stockClient, until } from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { testEngines } from './support/test-database.js';

const portOf = (app: INestApplication) =>
  (app.getHttpServer() as { address(): AddressInfo }).address().port;

// COLLAB_MODE=off: the API without the websocket (tickets are still issued, for a collaboration
// process elsewhere); COLLAB_MODE=only: that process, with /health and no GraphQL.
describe.each(testEngines())('COLLAB_MODE=off on %s', (engine) => {
  let api: CollabTestApp;
  let team: Team;
  beforeAll(async () => {
    api = await startCollabTestApp(engine, {}, { COLLAB_MODE: 'off' });
    team = await createTeam(api);
  });
  afterAll(() => api.close());

  it('issues tickets but opens no websocket', async () => {
    const name = documentName(team.assessment.id, team.assignedElement);
    const ticket = await api.ticket(name, team.ministry.token);
    const refused = await RawClient.open(`${api.collabUrl}/${name}?token=${ticket}`).then(
      () => 'open',
      (error: Error) => error.message,
    );
    expect(refused).not.toBe('open');
  });
});

describe.runIf(testEngines().includes('postgres'))('a separate collaboration process', () => {
  let api: CollabTestApp;
  let collab: INestApplication;
  let team: Team;
  beforeAll(async () => {
    api = await startCollabTestApp('postgres', {}, { COLLAB_MODE: 'off' });
    team = await createTeam(api);
    const url = (api.database.options as { url?: string }).url ?? '';
    const config = loadAppConfig({
      NODE_ENV: 'test',
      SEED_DEMO: 'false',
      COLLAB_MODE: 'only',
      DATABASE_URL: url,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'idgov-collab-')),
    });
    collab = await createApp(config, postgresHandle(url), { logger: ['error'] });
    await collab.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await collab.close();
    await api.close();
  });

  it('serves documents with tickets the API issued, and answers only /health', async () => {
    const base = `http://127.0.0.1:${portOf(collab)}`;
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const graphql = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(graphql.status).toBe(404);

    const name = documentName(team.assessment.id, team.assignedElement);
    const collabUrl = `ws://127.0.0.1:${portOf(collab)}/collab`;
    const writer = stockClient(collabUrl, name, await api.ticket(name, team.ministry.token));
    const reader = stockClient(collabUrl, name, await api.ticket(name, team.observer.token));
    await Promise.all([writer.synced, reader.synced]);
    writer.doc.getText('rationale:detail-1.q1').insert(0, 'Served apart.');
    await until(
      () => reader.doc.getText('rationale:detail-1.q1').toJSON() === 'Served apart.',
      'the edit to reach the reader',
    );
    const rows = await api.sql<{ n: string }>(
      `SELECT count(*) AS n FROM collab_update WHERE document_name = $1`,
      [name],
    );
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
    writer.destroy();
    reader.destroy();
  });
});

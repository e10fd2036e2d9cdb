import { readdirSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../src/core/config/app-config.js';
import { buildEvidenceInput, createEvidence, filesPath } from './factories/evidence.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { until } from './support/collab-clients.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

// A client that hangs up halfway through an upload leaves nothing behind: the staged part is
// removed, no row or audit event is written.
describe.each(testEngines())('aborted evidence uploads on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  let port: number;
  let stagingDir: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
    stagingDir = join(t.app.get<AppConfig>(APP_CONFIG).files.dir, 'evidence', '.staging');
    const server = t.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  const staged = (): string[] => {
    try {
      return readdirSync(stagingDir);
    } catch {
      return [];
    }
  };

  it('removes the staged part when the client hangs up', async () => {
    const item = await createEvidence(t, buildEvidenceInput(team.assessment.id));
    const boundary = 'abort-boundary';
    const head =
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n` +
      'Content-Type: application/pdf\r\n\r\n%PDF-1.4\n';
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: filesPath(team.assessment.id, item.id),
      headers: {
        authorization: `Bearer ${t.adminToken}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(4 * 1024 * 1024),
      },
    });
    req.on('error', () => undefined);
    req.write(head);
    req.write(Buffer.alloc(256 * 1024, 0x41));
    await until(() => staged().length === 1, 'the upload to be staged');
    req.destroy();
    await until(() => staged().length === 0, 'the staged part to be removed');
    const ds = t.app.get(DataSource);
    expect(
      await ds.query(`SELECT id FROM evidence_file WHERE evidence_id = $1`, [item.id]),
    ).toEqual([]);
    expect(
      await ds.query(`SELECT seq FROM audit_event WHERE action = 'evidence.file-upload'`),
    ).toEqual([]);
    expect(readdirSync(join(stagingDir, '..')).filter((name) => name !== '.staging')).toEqual([]);
  });
});

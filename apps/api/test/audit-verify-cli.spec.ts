import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAppConfig } from '../src/core/config/app-config.js';
import { openDatabase, openPgliteDir } from '../src/core/database/database-handle.js';
import { runAuditVerify } from '../src/modules/audit/audit-verify-cli.js';
import { tamper } from './support/audit-tamper.js';
import { expectData, startTestApp, type TestApp } from './support/test-app.js';
import { openTestDatabase, testEngines } from './support/test-database.js';

async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runAuditVerify(args, env, { write: (line) => (out += line) });
  return { code, out };
}

// `npm run audit:verify` on a freshly seeded demo, then after one row is changed with plain SQL
// by someone with database access, reading the database as the API does.
describe.each(testEngines())('npm run audit:verify on %s', (engine) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'idgov-verify-'));
  const checkpointFile = join(dataDir, 'checkpoint.json');
  let t: TestApp | undefined;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    const db = engine === 'pglite' ? await openPgliteDir(dataDir) : await openTestDatabase(engine);
    t = await startTestApp(engine, { SEED_DEMO: 'true', DATA_DIR: dataDir }, db);
    const { createAuditCheckpoint } = expectData(
      await t.gql<{ createAuditCheckpoint: Record<string, unknown> }>(
        `mutation { createAuditCheckpoint { seq head time signature } }`,
      ),
    );
    // A partner keeps this outside the platform.
    writeFileSync(checkpointFile, JSON.stringify(createAuditCheckpoint));
    const url = 'url' in db.options ? db.options.url : undefined;
    env = { NODE_ENV: 'test', DATA_DIR: dataDir, ...(url ? { DATABASE_URL: url } : {}) };
    if (engine === 'pglite') {
      // The embedded database is one process's at a time.
      await t.close();
      t = undefined;
    }
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('passes on the fresh demo, also against the kept checkpoint', async () => {
    const plain = await cli([], env);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/^OK \d+ events\n$/);
    expect(await cli(['--checkpoint', checkpointFile], env)).toEqual(plain);
  });

  it('fails naming the row after a single-row edit done with plain SQL', async () => {
    const handle = await openDatabase(loadAppConfig(env).database);
    const ds = await new DataSource(handle.options).initialize();
    try {
      await tamper(ds, `UPDATE audit_event SET action = 'assessment.read' WHERE seq = 3`);
    } finally {
      await ds.destroy();
      await handle.close();
    }
    const result = await cli(['--checkpoint', checkpointFile], env);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^FAIL at seq 3: /);
  });
});

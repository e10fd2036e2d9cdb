import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import {
  pgliteHandle,
  postgresHandle,
  type DatabaseHandle,
  type DatabaseKind,
} from '../../src/core/database/database-handle.js';

// Every suite that touches the database runs on the embedded engine, and also on a PostgreSQL
// server when TEST_DATABASE_URL names one (CI always does).
export function testEngines(): DatabaseKind[] {
  return process.env['TEST_DATABASE_URL'] ? ['pglite', 'postgres'] : ['pglite'];
}

// initdb costs about two seconds; a fresh cluster image taken once per worker costs a tenth.
let template: Promise<File | Blob> | undefined;
function pgliteTemplate(): Promise<File | Blob> {
  template ??= PGlite.create().then(async (db) => {
    const dump = await db.dumpDataDir('none');
    await db.close();
    return dump;
  });
  return template;
}

export async function openTestDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === 'pglite') {
    return pgliteHandle(await PGlite.create({ loadDataDir: await pgliteTemplate() }));
  }
  return createScratchPostgres();
}

// One throw-away database per test app, dropped on close, so suites never see each other's rows.
async function createScratchPostgres(): Promise<DatabaseHandle> {
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) {
    throw new Error('TEST_DATABASE_URL is not set');
  }
  const name = `idgov_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = postgresHandle(url.toString());
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

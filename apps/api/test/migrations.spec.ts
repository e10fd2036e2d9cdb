import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import type { DatabaseHandle } from '../src/core/database/database-handle.js';
import { migrations } from '../src/database/migrations/index.js';
import { openTestDatabase, testEngines } from './support/test-database.js';

async function tables(ds: DataSource): Promise<string[]> {
  const rows = await ds.query<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

describe.each(testEngines())('migrations on %s', (engine) => {
  let handle: DatabaseHandle;
  let ds: DataSource;
  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    ds = await new DataSource(handle.options).initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await handle.close();
  });

  it('apply, revert completely, and apply again', async () => {
    await ds.runMigrations();
    const applied = await tables(ds);
    expect(applied).toEqual(
      expect.arrayContaining([
        'assessment',
        'assessment_question',
        'assessment_sub_element',
        'audit_event',
        'audit_checkpoint',
        'user_account',
        'user_session',
        'organisation',
        'organisation_member',
        'assessment_member',
        'element_assignee',
        'invitation',
        'collab_token',
        'collab_update',
        'collab_snapshot',
      ]),
    );

    for (let i = 0; i < migrations.length; i += 1) {
      await ds.undoLastMigration();
    }
    expect(await tables(ds)).toEqual(['migrations']);
    const types = await ds.query<unknown[]>(
      `SELECT typname AS name FROM pg_type WHERE typname IN ('assessment_phase','question_origin','assessment_role','attribution','organisation_type','assignee_kind')
       UNION ALL SELECT proname FROM pg_proc WHERE proname = 'audit_refuse_change'`,
    );
    expect(types).toEqual([]);

    await ds.runMigrations();
    expect(await tables(ds)).toEqual(applied);
  });

  it('leave no difference between the entities and the migrated schema', async () => {
    await ds.runMigrations();
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});

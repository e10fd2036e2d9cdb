import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgliteDir } from '../src/core/database/database-handle.js';
import { DataDirLockedError } from '../src/core/database/data-dir-lock.js';
import { createAssessment } from './factories/assessment.factory.js';
import { expectData, startTestApp } from './support/test-app.js';

describe('embedded database under DATA_DIR', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'idgov-data-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps data across a restart and refuses a second process on the same directory', async () => {
    const first = await startTestApp('pglite', {}, await openPgliteDir(dataDir));
    const created = await createAssessment(first, { title: 'Survives restarts' });
    await expect(openPgliteDir(dataDir)).rejects.toBeInstanceOf(DataDirLockedError);
    await first.close();

    const second = await startTestApp('pglite', {}, await openPgliteDir(dataDir));
    const read = expectData(
      await second.gql<{ assessment: { title: string } }>(
        `query($id: ID!) { assessment(id: $id) { title } }`,
        {
          id: created.id,
        },
      ),
    );
    expect(read.assessment.title).toBe('Survives restarts');
    await second.close();
    // Two fresh PGlite directories (initdb, migrations) take long on a busy 2-core machine.
  }, 120_000);

  it('takes over a lock left by a process that is gone', async () => {
    writeFileSync(join(dataDir, 'idgov.lock'), '999999999');
    const handle = await openPgliteDir(dataDir);
    await handle.close();
  });
});

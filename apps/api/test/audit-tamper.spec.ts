import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { pgliteHandle } from '../src/core/database/database-handle.js';
import { hashEvent, payloadOf } from '../src/modules/audit/audit-chain.js';
import type { SignedCheckpoint } from '../src/modules/audit/audit-verifier.js';
import { createAssessment } from './factories/assessment.factory.js';
import { tamper, verify } from './support/audit-tamper.js';
import { expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const checkpointMutation = `mutation { createAuditCheckpoint { seq head time signature } }`;

async function takeCheckpoint(t: TestApp): Promise<SignedCheckpoint> {
  const c = expectData(
    await t.gql<{ createAuditCheckpoint: SignedCheckpoint }>(checkpointMutation),
  ).createAuditCheckpoint;
  return { seq: c.seq, head: c.head, time: c.time, signature: c.signature };
}

// Twelve events: four assessments, each created, moved to ANALYSE and back. The test app's
// administrator signing in is event 1.
async function seedEvents(t: TestApp): Promise<void> {
  for (let i = 0; i < 4; i += 1) {
    const a = await createAssessment(t);
    for (const phase of ['ANALYSE', 'PREPARE']) {
      await t.gql(
        `mutation($id: ID!, $p: AssessmentPhase!) { changeAssessmentPhase(id: $id, phase: $p, overrideReason: "Test") { phase } }`,
        {
          id: a.id,
          p: phase,
        },
      );
    }
  }
}

describe.each(testEngines())('audit tamper detection on %s', (engine) => {
  let t: TestApp;
  let ds: DataSource;
  let external: SignedCheckpoint;
  beforeEach(async () => {
    t = await startTestApp(engine);
    ds = t.app.get(DataSource);
    await seedEvents(t);
    external = await takeCheckpoint(t);
  });
  afterEach(() => t.close());

  it('verifies the untouched log', async () => {
    expect(await verify(t, ds, external)).toEqual({ ok: true, count: 13, head: external.head });
  });

  it('names the row whose field was edited', async () => {
    await tamper(
      ds,
      `UPDATE audit_event SET summary = '{"from":"PREPARE","to":"COMPLETED"}' WHERE seq = 5`,
    );
    expect(await verify(t, ds, external)).toMatchObject({ ok: false, firstBadSeq: 5 });
  });

  it('names the row that was deleted', async () => {
    await tamper(ds, `DELETE FROM audit_event WHERE seq = 7`);
    expect(await verify(t, ds, external)).toMatchObject({ ok: false, firstBadSeq: 7 });
  });

  it('names the first of two swapped rows', async () => {
    await tamper(ds, 'UPDATE audit_event SET seq = -3 WHERE seq = 3');
    await tamper(ds, 'UPDATE audit_event SET seq = 3 WHERE seq = 4');
    await tamper(ds, 'UPDATE audit_event SET seq = 4 WHERE seq = -3');
    expect(await verify(t, ds, external)).toMatchObject({ ok: false, firstBadSeq: 3 });
  });

  it('catches a forged row with every later hash recomputed, through the checkpoint', async () => {
    const rows = await ds.query<{ seq: string }[]>('SELECT seq FROM audit_event ORDER BY seq');
    // Rewrite seq 6 and re-chain everything after it, as an attacker with the code would.
    let prev = (await ds.query<{ hash: string }[]>('SELECT hash FROM audit_event WHERE seq = 5'))[0]
      ?.hash as string;
    for (const { seq } of rows.filter((r) => Number(r.seq) >= 6)) {
      const [row] = await ds.query<Record<string, unknown>[]>(
        'SELECT * FROM audit_event WHERE seq = $1',
        [seq],
      );
      const event = {
        seq: Number(seq),
        occurredAt: (row?.['occurred_at'] as Date).toISOString(),
        actor: row?.['actor'] as string,
        action: Number(seq) === 6 ? 'assessment.archive' : (row?.['action'] as string),
        targetType: row?.['target_type'] as string,
        targetId: row?.['target_id'] as string,
        assessmentId: row?.['assessment_id'] as string | null,
        summary: row?.['summary'] as Record<string, unknown>,
        requestId: row?.['request_id'] as string,
        prevHash: prev,
        hash: '',
      };
      event.hash = hashEvent(prev, payloadOf(event));
      await tamper(
        ds,
        'UPDATE audit_event SET action = $1, prev_hash = $2, hash = $3 WHERE seq = $4',
        [event.action, event.prevHash, event.hash, seq],
      );
      prev = event.hash;
    }
    await tamper(ds, 'DELETE FROM audit_checkpoint');
    const result = await verify(t, ds, external);
    expect(result).toMatchObject({ ok: false, firstBadSeq: 13 });
    expect(result.ok ? '' : result.reason).toMatch(/rewritten/);
    expect(await verify(t, ds)).toMatchObject({ ok: true });
  });

  it('catches a truncated tail', async () => {
    await tamper(ds, 'DELETE FROM audit_event WHERE seq > 9');
    await tamper(ds, 'DELETE FROM audit_checkpoint');
    expect(await verify(t, ds, external)).toMatchObject({ ok: false, firstBadSeq: 10 });
  });

  it('rejects a checkpoint whose signature does not match', async () => {
    const forged = { ...external, head: 'f'.repeat(64) };
    expect(await verify(t, ds, forged)).toMatchObject({ ok: false, firstBadSeq: external.seq });
  });
});

describe('audit log restored from an old backup', () => {
  it('is caught by a checkpoint kept outside', async () => {
    const env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'idgov-backup-')) };
    const pglite = await PGlite.create();
    const t = await startTestApp('pglite', env, pgliteHandle(pglite));
    await seedEvents(t);
    const backup = await pglite.dumpDataDir('none');
    await seedEvents(t);
    const external = await takeCheckpoint(t);
    await t.close();

    const restored = await startTestApp(
      'pglite',
      env,
      pgliteHandle(await PGlite.create({ loadDataDir: backup })),
    );
    const ds = restored.app.get(DataSource);
    const own = await verify(restored, ds);
    expect(own.ok).toBe(true);
    const result = await verify(restored, ds, external);
    await restored.close();
    // The restored log is shorter than the checkpoint, or (if the restored instance has written
    // since) differs from it at the checkpoint's position: either way it fails.
    expect(result.ok).toBe(false);
    expect(own.count).toBeLessThan(external.seq);
  });
});

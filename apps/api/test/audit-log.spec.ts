import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { createAssessment } from './factories/assessment.factory.js';
import { verify } from './support/audit-tamper.js';
import { expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

describe.each(testEngines())('audit log on %s', (engine) => {
  let t: TestApp;
  let ds: DataSource;
  beforeAll(async () => {
    t = await startTestApp(engine);
    ds = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('records every change in order, linked, without free text, with the request id', async () => {
    const a = await createAssessment(t, {
      title: 'Secret Ministry Title 7731',
      scope: 'Private scope 7731',
    });
    await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-request-id', 'req-42')
      .set('authorization', `Bearer ${t.adminToken}`)
      .send({
        query: `mutation($id: ID!) { changeAssessmentPhase(id: $id, phase: ANALYSE, overrideReason: "Audit test") { phase } }`,
        variables: { id: a.id },
      })
      .expect(200);
    const rows = await ds.query<
      { action: string; summary: object; request_id: string; actor: string }[]
    >(
      `SELECT action, summary, request_id, actor FROM audit_event WHERE assessment_id = $1 ORDER BY seq`,
      [a.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['assessment.create', 'assessment.phase']);
    expect(rows[1]).toMatchObject({
      request_id: 'req-42',
      summary: { from: 'PREPARE', to: 'ANALYSE' },
    });
    expect(JSON.stringify(rows)).not.toContain('7731');
    expect(await verify(t, ds)).toMatchObject({ ok: true });
  });

  it('rolls the event back with a change that fails', async () => {
    const before = await ds.query<{ n: string }[]>('SELECT count(*) AS n FROM audit_event');
    const res = await t.gql(
      `mutation { createAssessment(input: { title: "x", country: "QQ" }) { id } }`,
    );
    expect(res.errors).toBeDefined();
    expect(await ds.query('SELECT count(*) AS n FROM audit_event')).toEqual(before);
  });

  it('refuses UPDATE, DELETE and TRUNCATE, even for the table owner', async () => {
    await createAssessment(t);
    await expect(ds.query(`UPDATE audit_event SET actor = 'x'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    await t.gql(`mutation { createAuditCheckpoint { seq } }`);
    await expect(ds.query(`DELETE FROM audit_checkpoint`)).rejects.toThrow(/append-only/);
  });

  it('keeps one unforked chain under 50 concurrent writers', async () => {
    const audit = t.app.get(AuditService);
    const writers = Array.from({ length: 50 }, (_, w) =>
      (async () => {
        for (let i = 0; i < 10; i += 1) {
          await ds.transaction((m) =>
            audit.record(m, {
              action: 'test.write',
              targetType: 'test',
              targetId: `${w}-${i}`,
              assessmentId: null,
              summary: { w, i },
            }),
          );
        }
      })(),
    );
    await Promise.all(writers);
    const result = await verify(t, ds);
    expect(result).toMatchObject({ ok: true });
    const rows = await ds.query<{ n: string; distinct_prev: string }[]>(
      `SELECT count(*) AS n, count(DISTINCT prev_hash) AS distinct_prev FROM audit_event`,
    );
    expect(rows[0]?.n).toBe(rows[0]?.distinct_prev);
  });

  it('signs checkpoints that GraphQL hands out with the public key to check them', async () => {
    await createAssessment(t);
    const data = expectData(
      await t.gql<{
        createAuditCheckpoint: { seq: number; head: string; signature: string };
        auditPublicKey: string;
      }>(`mutation { createAuditCheckpoint { seq head time signature } }`),
    );
    const listed = expectData(
      await t.gql<{ auditCheckpoints: { seq: number }[]; auditPublicKey: string }>(
        `{ auditCheckpoints(limit: 1) { seq } auditPublicKey }`,
      ),
    );
    expect(listed.auditCheckpoints[0]?.seq).toBe(data.createAuditCheckpoint.seq);
    expect(listed.auditPublicKey).toContain('BEGIN PUBLIC KEY');
  });
});

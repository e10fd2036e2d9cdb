// What the tamper-evident audit log costs each mutation: the same change committed with and
// without its audit event (advisory lock, head read, hash, insert), sequentially and with
// concurrent writers, and a whole GraphQL mutation over HTTP for scale. Runs the built API
// in-process on PGlite and, when a server URL is set, on PostgreSQL.
// Usage: node tools/bench/audit-overhead.mjs [transactions] [concurrent writers]
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import {
  ensureBuilt,
  fmt,
  percentile,
  postgresUrl,
  root,
  scratchPostgres,
  tempDir,
} from './lib.mjs';

const n = Number(process.argv[2] ?? 400);
const writers = Number(process.argv[3] ?? 10);
ensureBuilt();

const dist = (path) => import(`${root}apps/api/dist/${path}`);
const { loadAppConfig } = await dist('core/config/app-config.js');
const { openDatabase } = await dist('core/database/database-handle.js');
const { createApp } = await dist('create-app.js');
const { AuditService } = await dist('modules/audit/audit.service.js');

const stats = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean };
};
const line = (label, s) =>
  console.log(`${label.padEnd(40)} p50 ${fmt(s.p50)}  p99 ${fmt(s.p99)}  mean ${fmt(s.mean)}`);

async function timed(count, work) {
  const times = [];
  for (let i = 0; i < count; i += 1) {
    const t0 = performance.now();
    await work(i);
    times.push(performance.now() - t0);
  }
  return stats(times);
}

async function bench(label, env) {
  const config = loadAppConfig({ NODE_ENV: 'production', SEED_DEMO: 'true', ...env });
  const handle = await openDatabase(config.database);
  const app = await createApp(config, handle, { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const dataSource = app.get(DataSource);
  const audit = app.get(AuditService);
  const [{ id }] = await dataSource.query(`SELECT id FROM assessment ORDER BY created_at LIMIT 1`);
  const change = (manager, i) =>
    manager.query(`UPDATE assessment SET scope = $1, updated_at = now() WHERE id = $2`, [
      `Scope revision ${i}`,
      id,
    ]);
  const event = (i) => ({
    action: 'assessment.update',
    targetType: 'assessment',
    targetId: id,
    assessmentId: id,
    summary: { fields: ['scope'], revision: i },
  });
  const plain = (i) => dataSource.transaction((m) => change(m, i));
  const audited = (i) =>
    dataSource.transaction(async (m) => {
      await change(m, i);
      await audit.record(m, event(i));
    });

  console.log(`\n${label}: ${n} transactions each`);
  await timed(50, plain); // warm-up
  await timed(50, audited);
  const without = await timed(n, plain);
  const withAudit = await timed(n, audited);
  line('change alone', without);
  line('change + audit event', withAudit);
  console.log(
    `${'audit overhead per mutation'.padEnd(40)} p50 ${fmt(withAudit.p50 - without.p50)}  mean ${fmt(withAudit.mean - without.mean)}`,
  );

  for (const [name, work] of [
    ['change alone', plain],
    ['change + audit event', audited],
  ]) {
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; i < n / writers; i += 1) {
          await work(w * n + i);
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `${`${writers} concurrent writers, ${name}`.padEnd(40)} ${Math.round(n / seconds)} tx/s`,
    );
  }

  const login = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(email: "moderator@demo.local", password: "${config.demoPassword}") { token } }`,
    }),
  }).then((r) => r.json());
  const token = login.data.login.token;
  const mutation = await timed(Math.min(n, 200), (i) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation($id: ID!, $s: String!) { updateAssessment(id: $id, input: { scope: $s }) { id } }`,
        variables: { id, s: `Scope over HTTP ${i}` },
      }),
    }).then((r) => r.json()),
  );
  line('updateAssessment over HTTP (audited)', mutation);
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM audit_event`);
  console.log(`${'audit events written'.padEnd(40)} ${count}`);
  await app.close();
  await handle.close();
}

await bench('PGlite', { DATA_DIR: tempDir('idgov-bench-audit-') });
const url = postgresUrl();
if (url) {
  const db = await scratchPostgres(url);
  try {
    await bench('PostgreSQL', { DATABASE_URL: db.url, DATA_DIR: tempDir('idgov-bench-audit-') });
  } finally {
    await db.drop();
  }
} else {
  console.log('\nPostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
}

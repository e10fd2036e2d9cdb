// Time from starting the API process to its first healthy /health answer, on the embedded
// database (new and existing DATA_DIR) and on a PostgreSQL server when one is configured.
// Usage: node tools/bench/startup.mjs [runs]   (BENCH_DATABASE_URL or TEST_DATABASE_URL for PostgreSQL)
import { ensureBuilt, fmt, postgresUrl, scratchPostgres, startApi, tempDir } from './lib.mjs';

const runs = Number(process.argv[2] ?? 3);
ensureBuilt();

async function measure(label, envFor) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const env = await envFor(i);
    const api = await startApi(env);
    times.push(api.ms);
    await api.stop();
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(38)} median ${fmt(times[Math.floor(times.length / 2)])}  (runs: ${times.map(fmt).join(', ')})`,
  );
}

console.log(`Start-up to healthy, ${runs} runs each (demo seed on)`);
await measure('PGlite, new DATA_DIR (initdb + migrate)', () => ({
  DATA_DIR: tempDir('idgov-bench-'),
}));
const dir = tempDir('idgov-bench-');
await (await startApi({ DATA_DIR: dir })).stop();
await measure('PGlite, existing DATA_DIR', () => ({ DATA_DIR: dir }));
const url = postgresUrl();
if (url) {
  const dbs = [];
  await measure('PostgreSQL, new database (migrate)', async () => {
    const db = await scratchPostgres(url);
    dbs.push(db);
    return { DATABASE_URL: db.url };
  });
  const db = dbs[0];
  await measure('PostgreSQL, existing database', () => ({ DATABASE_URL: db.url }));
  for (const d of dbs) {
    await d.drop();
  }
} else {
  console.log('PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
}

// Throughput and latency of the `framework` and `assessment` queries (autocannon, over HTTP), beside
// the time the database alone takes to return the same rows.
// Usage: node tools/bench/graphql-throughput.mjs [seconds] [connections]
import autocannon from 'autocannon';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import {
  ensureBuilt,
  fmt,
  percentile,
  postgresUrl,
  scratchPostgres,
  startApi,
  tempDir,
} from './lib.mjs';

const duration = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 10);
ensureBuilt();

const frameworkQuery = `{ framework { version elements { key title description subElements { key title
  details { key title anchorQuestions { key text } rightsImplications targetScenario standards { title url } } } } } }`;
const assessmentQuery = `query($id: ID!) { assessment(id: $id) { id title country phase elements { key
  subElements { key enabled disabledReason details { key title questions { key text originalText provenance position } } } } } }`;

// The rows the assessment query reads, as three plain statements.
const rawStatements = [
  `SELECT * FROM assessment WHERE id = $1`,
  `SELECT * FROM assessment_sub_element WHERE assessment_id = $1`,
  `SELECT * FROM assessment_question WHERE assessment_id = $1`,
];

const headersFor = (token) => ({
  'content-type': 'application/json',
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

async function gql(url, query, variables, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: headersFor(token),
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

function cannon(url, body, token) {
  return autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: headersFor(token),
    body: JSON.stringify(body),
    connections,
    duration,
  });
}

function report(label, r) {
  const errors = r.errors + r.non2xx;
  console.log(
    `${label.padEnd(34)} ${String(Math.round(r.requests.average)).padStart(6)} req/s  p50 ${fmt(r.latency.p50)}  p99 ${fmt(r.latency.p99)}  errors ${errors}`,
  );
}

async function rawTimes(run, id, n = 500) {
  const times = [];
  for (let i = 0; i < n; i += 1) {
    const t0 = performance.now();
    for (const sql of rawStatements) {
      await run(sql, [id]);
    }
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return `p50 ${fmt(percentile(times, 50))}  p99 ${fmt(percentile(times, 99))}  (${n} sequential runs)`;
}

async function benchEngine(label, env, rawRunner) {
  const api = await startApi(env);
  // The assessment is read as a member would: signed in, through the policy guard.
  const login = await gql(
    api.url,
    `mutation($p: String!) { login(email: "moderator@demo.local", password: $p) { token } }`,
    { p: process.env.DEMO_PASSWORD ?? 'example-demo-2026' },
  );
  const token = login.data.login.token;
  const { data } = await gql(api.url, '{ assessments { id title } }', undefined, token);
  const id = data.assessments[0].id;
  console.log(`\n${label} (${duration}s per query, ${connections} connections)`);
  report('framework query', await cannon(api.url, { query: frameworkQuery }));
  report(
    'assessment query (full tree)',
    await cannon(api.url, { query: assessmentQuery, variables: { id } }, token),
  );
  await api.stop();
  console.log(`${'raw SQL, same rows'.padEnd(34)} ${await rawRunner(id)}`);
}

const t0 = performance.now();
const { framework } = await import('../../libs/framework/dist/index.js');
for (let i = 0; i < 100; i += 1) {
  JSON.stringify(framework);
}
console.log(`framework JSON.stringify in memory: ${fmt((performance.now() - t0) / 100)} per call`);

const dir = tempDir('idgov-bench-');
await benchEngine('PGlite', { DATA_DIR: dir }, async (id) => {
  const db = await PGlite.create({ dataDir: `${dir}/pgdata` });
  try {
    return await rawTimes((sql, params) => db.query(sql, params), id);
  } finally {
    await db.close();
  }
});

const url = postgresUrl();
if (url) {
  const db = await scratchPostgres(url);
  await benchEngine('PostgreSQL', { DATABASE_URL: db.url }, async (id) => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      return await rawTimes((sql, params) => client.query(sql, params), id);
    } finally {
      await client.end();
      await db.drop();
    }
  });
} else {
  console.log('\nPostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
}

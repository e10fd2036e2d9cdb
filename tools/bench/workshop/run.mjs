// Workshop benchmark: N guests (default 300) join with the code and subscribe over graphql-ws, a
// presenter subscribes as the moderator, and every guest votes once on the current item within
// ~3 s. Prints, per vote, the time from sending it to the presenter seeing a state that includes
// it (each vote carries a unique comment, which the moderator's view lists), votes lost (accepted
// votes against the final tally), deliveries made, and the API's RSS and heap before and after.
//
//   node tools/bench/workshop/run.mjs [--participants 300] [--spread 3000] [--build]
//
// Runs the built API (apps/api/dist) on a scratch PostgreSQL database (BENCH_DATABASE_URL or
// TEST_DATABASE_URL): the finding on the agenda is stored in the element document's update log
// before the document is first opened, which needs a database this process can write to.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { addFinding, documentName } from '@idgov/assessment-doc';
import { framework } from '@idgov/framework';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { fmt, freePort, percentile, postgresUrl, root, scratchPostgres, tempDir } from '../lib.mjs';

const { values: args } = parseArgs({
  options: {
    participants: { type: 'string', default: '300' },
    spread: { type: 'string', default: '3000' },
    build: { type: 'boolean', default: false },
  },
});
const participants = Number(args.participants);
const spreadMs = Number(args.spread);
const password = process.env.DEMO_PASSWORD ?? 'example-demo-2026';
const elementKey = 'legal-and-regulatory-framework';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line) => console.log(line);

// Prints process.memoryUsage() on SIGUSR2: the heap is only known inside the process.
const memoryProbe =
  'data:text/javascript,process.on("SIGUSR2",()=>process.stderr.write("BENCH_MEM "+JSON.stringify(process.memoryUsage())+"\\n"))';

async function startApi(databaseUrl) {
  const port = await freePort();
  let stderr = '';
  const child = spawn(process.execPath, ['--import', memoryProbe, 'apps/api/dist/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATA_DIR: tempDir('idgov-bench-workshop-'),
      SEED_DEMO: 'true',
      COLLAB_MODE: 'embedded',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-100_000)));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  for (const end = Date.now() + 120_000; ; await sleep(50)) {
    if (child.exitCode !== null || Date.now() > end) {
      throw new Error(`API did not start:\n${stderr}`);
    }
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    ) {
      break;
    }
  }
  return {
    url,
    async memory() {
      const rss =
        Number(
          /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0,
        ) * 1024;
      const before = stderr.length;
      child.kill('SIGUSR2');
      for (let i = 0; i < 100 && !stderr.slice(before).includes('BENCH_MEM'); i += 1) {
        await sleep(20);
      }
      const line = /BENCH_MEM (\{.*\})/.exec(stderr.slice(before))?.[1];
      return { rss, ...(line ? JSON.parse(line) : {}) };
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function gql(url, query, variables = {}, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) {
    throw new Error(
      `GraphQL: ${body.errors.map((e) => `${e.extensions?.code} ${e.message}`).join('; ')}`,
    );
  }
  return body.data;
}

// The workshop with one FINDING item, opened, by the demo administrator.
async function prepare(api, databaseUrl) {
  const { login } = await gql(
    api.url,
    `mutation($p: String!) { login(email: "admin@demo.local", password: $p) { token } }`,
    { p: password },
  );
  const admin = login.token;
  const { createAssessment } = await gql(
    api.url,
    `mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }`,
    {
      input: {
        title: 'Workshop benchmark',
        country: 'ZZ',
        scope: 'Benchmark',
        nationalUseCases: [],
      },
    },
    admin,
  );
  const assessmentId = createAssessment.id;
  const subElementKey = framework.elements.find((e) => e.key === elementKey).subElements[0].key;
  const doc = new Y.Doc();
  const findingId = addFinding(doc, subElementKey, 'WEAKNESS', 'A finding put to the room');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`INSERT INTO collab_update (document_name, data) VALUES ($1, $2)`, [
    documentName(assessmentId, elementKey),
    Buffer.from(Y.encodeStateAsUpdate(doc)),
  ]);
  await client.end();
  const { createWorkshop } = await gql(
    api.url,
    `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`,
    { input: { assessmentId, title: 'Benchmark workshop' } },
    admin,
  );
  const workshopId = createWorkshop.id;
  await gql(
    api.url,
    `mutation($input: AddWorkshopItemInput!) { addWorkshopItem(input: $input) { id } }`,
    { input: { assessmentId, workshopId, kind: 'FINDING', elementKey, subElementKey, findingId } },
    admin,
  );
  const { openWorkshop } = await gql(
    api.url,
    `mutation($a: ID!, $id: ID!) { openWorkshop(assessmentId: $a, id: $id) { joinCode currentItemId } }`,
    { a: assessmentId, id: workshopId },
    admin,
  );
  return { admin, assessmentId, workshopId, ...openWorkshop };
}

const subscription = `subscription($w: ID!, $g: String) { workshopChanged(workshopId: $w, guestToken: $g) {
  currentItemId participantCount items { id tally { total } comments { comment } } } }`;

function subscribe(wsUrl, workshopId, { token, guestToken }, onState) {
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
  let first;
  const ready = new Promise((resolve, reject) => (first = { resolve, reject }));
  client.subscribe(
    { query: subscription, variables: { w: workshopId, g: guestToken ?? null } },
    {
      next: (result) => {
        if (result.errors) {
          first.reject(new Error(JSON.stringify(result.errors)));
        } else {
          onState(result.data.workshopChanged, performance.now());
          first.resolve();
        }
      },
      error: (error) => first.reject(error),
      complete: () => undefined,
    },
  );
  return { client, ready };
}

async function inBatches(count, size, work) {
  const out = [];
  for (let i = 0; i < count; i += size) {
    out.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(size, count - i) }, (_, j) => work(i + j)),
      )),
    );
  }
  return out;
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  const adminUrl = postgresUrl();
  if (!adminUrl) {
    log('workshop bench: needs PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL)');
    process.exit(1);
  }
  if (args.build || !existsSync(`${root}apps/api/dist/modules/workshops/workshops.module.js`)) {
    execSync('npx nx run-many -t build --projects=framework,authz,assessment-doc,api', {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
    });
  }
  const db = await scratchPostgres(adminUrl);
  const api = await startApi(db.url);
  const clients = [];
  try {
    const w = await prepare(api, db.url);
    const wsUrl = `${api.url.replace('http', 'ws')}/graphql`;
    const memBefore = await api.memory();
    log(
      `workshop bench: ${participants} guests, votes spread over ${spreadMs} ms, API on PostgreSQL; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${cpus().length} cores`,
    );

    const joinStarted = performance.now();
    const passes = await inBatches(
      participants,
      25,
      async (i) =>
        (
          await gql(
            api.url,
            `mutation($c: String!, $n: String!) { joinWorkshopAsGuest(code: $c, displayName: $n) { guestToken } }`,
            { c: w.joinCode, n: `Guest ${i + 1}` },
          )
        ).joinWorkshopAsGuest.guestToken,
    );
    const joinMs = performance.now() - joinStarted;

    let guestDeliveries = 0;
    const subscribeStarted = performance.now();
    await inBatches(participants, 50, async (i) => {
      const sub = subscribe(
        wsUrl,
        w.workshopId,
        { guestToken: passes[i] },
        () => (guestDeliveries += 1),
      );
      clients.push(sub.client);
      await sub.ready;
    });
    const subscribeMs = performance.now() - subscribeStarted;

    // The presenter: the moderator's view lists every vote's comment, so each vote is seen exactly.
    const seenAt = new Map();
    let presenterDeliveries = 0;
    let last = null;
    const presenter = subscribe(wsUrl, w.workshopId, { token: w.admin }, (state, at) => {
      presenterDeliveries += 1;
      last = state;
      for (const { comment } of state.items.find((i) => i.id === w.currentItemId)?.comments ?? []) {
        if (!seenAt.has(comment)) {
          seenAt.set(comment, at);
        }
      }
    });
    clients.push(presenter.client);
    await presenter.ready;
    const presenterBefore = presenterDeliveries;
    const guestBefore = guestDeliveries;

    const sentAt = new Map();
    const answeredAt = new Map();
    let accepted = 0;
    const refused = [];
    const votesStarted = performance.now();
    await Promise.all(
      passes.map(async (guestToken, i) => {
        await sleep((spreadMs * i) / participants);
        const comment = `v${i}`;
        sentAt.set(comment, performance.now());
        try {
          await gql(
            api.url,
            `mutation($input: CastWorkshopVoteInput!) { castWorkshopVote(input: $input) { id } }`,
            {
              input: {
                workshopId: w.workshopId,
                itemId: w.currentItemId,
                vote: ['AGREE', 'AGREE_WITH_CHANGES', 'DISAGREE'][i % 3],
                comment,
                guestToken,
              },
            },
          );
          answeredAt.set(comment, performance.now());
          accepted += 1;
        } catch (error) {
          refused.push(String(error));
        }
      }),
    );
    const votesMs = performance.now() - votesStarted;
    // Until the presenter shows every accepted vote in the tally (the last state always goes out).
    const tallyNow = () => last?.items.find((i) => i.id === w.currentItemId)?.tally.total ?? 0;
    for (
      const end = Date.now() + 30_000;
      (seenAt.size < accepted || tallyNow() < accepted) && Date.now() < end;
    ) {
      await sleep(20);
    }
    const settledMs = performance.now() - votesStarted;
    const latencies = [...sentAt]
      .filter(([c]) => seenAt.has(c))
      .map(([c, t]) => seenAt.get(c) - t)
      .sort((a, b) => a - b);
    const finalTally = last?.items.find((i) => i.id === w.currentItemId)?.tally.total ?? 0;
    const { workshop } = await gql(
      api.url,
      `query($a: ID!, $id: ID!) { workshop(assessmentId: $a, id: $id) { items { tally { total } } } }`,
      { a: w.assessmentId, id: w.workshopId },
      w.admin,
    );
    const memAfter = await api.memory();

    log(
      `  joins: ${participants} in ${fmt(joinMs)}; subscriptions: ${participants} open in ${fmt(subscribeMs)}`,
    );
    log(
      `  votes: ${accepted} accepted, ${refused.length} refused, sent over ${fmt(votesMs)}; presenter's tally complete after ${fmt(settledMs)}${refused[0] ? ` (first refusal: ${refused[0]})` : ''}`,
    );
    log(
      `  vote sent → presenter sees it: p50 ${fmt(percentile(latencies, 50))}, p99 ${fmt(percentile(latencies, 99))}, max ${fmt(latencies.at(-1) ?? 0)} (${latencies.length} votes seen)`,
    );
    const answers = [...answeredAt].map(([c, t]) => t - sentAt.get(c)).sort((a, b) => a - b);
    log(
      `  vote sent → its HTTP answer: p50 ${fmt(percentile(answers, 50))}, p99 ${fmt(percentile(answers, 99))}`,
    );
    const afterAnswer = [...answeredAt]
      .filter(([c]) => seenAt.has(c))
      .map(([c, t]) => Math.max(0, seenAt.get(c) - t))
      .sort((a, b) => a - b);
    log(
      `  vote answered → presenter sees it: p50 ${fmt(percentile(afterAnswer, 50))}, p99 ${fmt(percentile(afterAnswer, 99))}`,
    );
    log(
      `  votes lost: ${accepted - finalTally} (accepted ${accepted}, presenter's final tally ${finalTally}, database tally ${workshop.items[0].tally.total}); unseen by the presenter: ${accepted - latencies.length}`,
    );
    log(
      `  deliveries during the votes: presenter ${presenterDeliveries - presenterBefore}, all guests ${guestDeliveries - guestBefore} (${((guestDeliveries - guestBefore) / participants).toFixed(1)} each; without coalescing: ${participants} each)`,
    );
    log(
      `  API memory before → after: RSS ${mb(memBefore.rss)} → ${mb(memAfter.rss)}, heap used ${mb(memBefore.heapUsed ?? 0)} → ${mb(memAfter.heapUsed ?? 0)}`,
    );
    log(
      '  peer: none — no open-source live-voting server with the same shape (code join, guests, GraphQL subscriptions) to run next to it',
    );
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    await api.stop();
    await db.drop();
  }
}

await main();

// Ours: the built API (apps/api/dist/main.js, collaboration embedded) on a scratch PostgreSQL
// database when BENCH_DATABASE_URL / TEST_DATABASE_URL is set, else on PGlite in a temp DATA_DIR,
// with the demo seed. Clients authenticate as the issue prescribes: sign in over GraphQL, then one
// single-use `collabToken` per socket, minted in bulk before each step (they live 60 s).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, postgresUrl, root, scratchPostgres, tempDir } from '../../lib.mjs';
import { yWebsocket } from '../protocol.mjs';
import { sleep } from '../stats.mjs';
import { spawnServer } from './spawn.mjs';

const label = 'ours: apps/api, collab embedded';
const password = process.env.DEMO_PASSWORD ?? 'example-demo-2026';
const editor = 'ministry@demo.local'; // may edit the element below
const viewer = 'observer@demo.local'; // read-only everywhere
const element = 'legal-and-regulatory-framework';
const dist = `${root}apps/api/dist/`;

// The newest modification time under a directory (sources against their build).
const newest = (dir) =>
  readdirSync(dir, { recursive: true }).reduce(
    (t, f) => Math.max(t, statSync(join(dir, f)).mtimeMs),
    0,
  );

// Builds the API with Nx (a no-op when nothing changed). Only on --build or when there is no
// build: others may be building or testing from apps/api/dist at the same time. If the build
// fails (someone mid-edit), an existing build is used with a warning.
function build(log) {
  try {
    execSync('npx nx run api:build --output-style=static', {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', CI: 'true' },
    });
  } catch (err) {
    log(
      `ours: API build failed, using the existing build (${
        String(err.stderr ?? err)
          .split('\n')
          .find((l) => /error/i.test(l)) ?? 'see nx output'
      })`,
    );
  }
}

export async function oursAdapter(opts) {
  const schema = existsSync(`${root}apps/api/schema.gql`)
    ? readFileSync(`${root}apps/api/schema.gql`, 'utf8')
    : '';
  if (!schema.includes('collabToken')) {
    return { name: 'ours', label, unavailable: 'ours: not available yet' };
  }
  const built = existsSync(`${dist}modules/collab/collab-server.js`);
  if (opts.build || !built) {
    build(opts.log);
  } else if (newest(`${root}apps/api/src`) > newest(`${dist}modules/collab`) + 1000) {
    opts.log('ours: apps/api/dist is older than apps/api/src — pass --build to rebuild it first');
  }
  if (!existsSync(`${dist}modules/collab/collab-server.js`)) {
    return {
      name: 'ours',
      label,
      unavailable: 'ours: not available yet (no collab in the API build)',
    };
  }
  const { documentName } = await import('@idgov/assessment-doc');
  const { defaultCollabSettings } = await import(`${dist}modules/collab/collab-settings.js`);
  return {
    name: 'ours',
    label: `${label}, ${postgresUrl() ? 'PostgreSQL' : 'PGlite'}`,
    protocol: yWebsocket,
    start: (o = {}) => start({ ...o, documentName, settings: defaultCollabSettings }),
  };
}

async function launch(env, verbose) {
  const port = await freePort();
  const srv = spawnServer(`${dist}main.js`, {
    cwd: root,
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'true',
      COLLAB_MODE: 'embedded',
    },
    verbose,
  });
  const url = `http://127.0.0.1:${port}`;
  for (const end = Date.now() + 120_000; ; await sleep(50)) {
    if (!srv.alive() || Date.now() > end) {
      await srv.stop();
      throw new Error(`API did not start: ${srv.stderrTail()}`);
    }
    try {
      if ((await fetch(`${url}/health`)).ok) {
        return { srv, port, url };
      }
    } catch {
      // not listening yet
    }
  }
}

async function graphql(url, query, variables, token) {
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
    throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  }
  return body.data;
}

const login = async (url, email) =>
  (
    await graphql(
      url,
      `
        mutation ($e: String!, $p: String!) {
          login(email: $e, password: $p) {
            token
          }
        }
      `,
      { e: email, p: password },
    )
  ).login.token;

// Many tickets per request (aliased fields; the API allows 30 aliases), a few requests at a time.
async function mint(url, session, doc, n) {
  const one = async (k) => {
    const fields = Array.from({ length: k }, (_, i) => `t${i}: collabToken(documentName: $d)`).join(
      ' ',
    );
    return Object.values(
      await graphql(url, `mutation($d: String!) { ${fields} }`, { d: doc }, session),
    );
  };
  const out = [];
  while (out.length < n) {
    const sizes = [];
    for (let left = n - out.length; left > 0 && sizes.length < 4; left -= 25) {
      sizes.push(Math.min(25, left));
    }
    for (const tokens of await Promise.all(sizes.map(one))) {
      out.push(...tokens);
    }
  }
  return out;
}

// The cold-load corpus in our tables for each document: one collab_update row per stored update
// ('log'), or the compacted state as the collab_snapshot row ('snapshot').
async function seed(query, docs, c, kind) {
  for (const doc of new Set(docs)) {
    await query('DELETE FROM collab_snapshot WHERE document_name = $1', [doc]);
    await query('DELETE FROM collab_update WHERE document_name = $1', [doc]);
    if (kind === 'snapshot') {
      await query('INSERT INTO collab_snapshot (document_name, data, upto_id) VALUES ($1, $2, 0)', [
        doc,
        Buffer.from(c.snapshot),
      ]);
      continue;
    }
    const { updates } = c;
    for (let i = 0; i < updates.length; i += 1000) {
      const chunk = updates.slice(i, i + 1000).map((u) => Buffer.from(u));
      await query(
        'INSERT INTO collab_update (document_name, data) SELECT $1, unnest($2::bytea[])',
        [doc, chunk],
      );
    }
  }
}

async function start({ verbose, coldCorpus, coldKind, coldRuns, documentName, settings }) {
  const adminUrl = postgresUrl();
  const db = adminUrl ? await scratchPostgres(adminUrl) : null;
  const dataDir = db ? null : tempDir('idgov-bench-collab-');
  const env = db ? { DATABASE_URL: db.url } : { DATA_DIR: dataDir };
  let api = await launch(env, verbose);
  const session = async () => ({
    editor: await login(api.url, editor),
    viewer: await login(api.url, viewer),
  });
  let sessions = await session();
  const [{ id: assessmentId }] = (
    await graphql(api.url, '{ assessments { id title } }', {}, sessions.viewer)
  ).assessments.filter((a) => a.title === 'Republic of Example');

  let coldDocs;
  if (coldCorpus) {
    // One document per framework element the viewer may read; runs cycle through them.
    const { framework } = await graphql(
      api.url,
      '{ framework { elements { key } } }',
      {},
      sessions.viewer,
    );
    const readable = [];
    for (const { key } of framework.elements) {
      const doc = documentName(assessmentId, key);
      try {
        await mint(api.url, sessions.viewer, doc, 1);
        readable.push(doc);
      } catch {
        // not readable by the viewer: not used
      }
    }
    coldDocs = Array.from({ length: coldRuns }, (_, i) => readable[i % readable.length]);
    // Rows are written with the API stopped: the demo seed has just written content into an
    // element document, whose room would stay loaded (without the corpus) if it ran on. PGlite
    // also allows one process per data directory.
    await api.srv.stop();
    if (db) {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      await seed((sql, params) => client.query(sql, params), coldDocs, coldCorpus, coldKind);
      await client.end();
    } else {
      const { PGlite } = await import('@electric-sql/pglite');
      const pglite = await PGlite.create({ dataDir: `${dataDir}/pgdata` });
      await seed((sql, params) => pglite.query(sql, params), coldDocs, coldCorpus, coldKind);
      await pglite.close();
    }
    api = await launch(env, verbose);
    sessions = await session();
  }

  const { srv, port } = api;
  return {
    ...srv,
    protocol: yWebsocket,
    ackKind: 'durable',
    coldDocs,
    coldSourceLabel: `our ${coldKind === 'snapshot' ? 'collab_snapshot row' : 'collab_update rows'} (${db ? 'PostgreSQL' : 'PGlite'})`,
    unloadDelayMs: settings.unloadDelayMs,
    // Every scenario uses the element the editor account may edit; each runs on a fresh server.
    docName: () => documentName(assessmentId, element),
    async targets(doc, n, role) {
      const tokens = await mint(
        api.url,
        role === 'editor' ? sessions.editor : sessions.viewer,
        doc,
        n,
      );
      return tokens.map((token) => ({
        url: `ws://127.0.0.1:${port}/collab/${encodeURIComponent(doc)}?token=${encodeURIComponent(token)}`,
        protocol: yWebsocket,
        doc,
        token,
      }));
    },
    async stop() {
      await srv.stop();
      await db?.drop();
      if (dataDir) {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

// Cold load: a document whose history is 100,000 stored updates (deterministic, 20 client ids),
// opened by one client on a server that has not loaded it. The clock runs from socket creation
// to the arrival of the frame that completes the client's state — not to the first SyncStep2,
// because the reference server answers before its persistence hook has finished loading.
// Two storage shapes: the raw log (one row per update) and the same document compacted into one
// snapshot row, which is what a server that compacts (ours, y-leveldb past 500 entries,
// Hocuspocus's Database extension) reads in practice.
import pg from 'pg';
import * as Y from 'yjs';
import { postgresUrl, scratchPostgres } from '../../lib.mjs';
import { LightViewer } from '../clients.mjs';
import { corpus } from '../corpus.mjs';
import { sleep, summarize, waitFor } from '../stats.mjs';

class CompletionClient extends LightViewer {
  constructor(target, expected) {
    super(target, null);
    this.expected = expected;
    this.have = new Map();
  }

  onSyncData(payload) {
    const t = performance.now();
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVectorFromUpdate(payload))) {
      this.have.set(client, Math.max(clock, this.have.get(client) ?? 0));
    }
    if (
      !this.completeAt &&
      [...this.expected].every(([c, clock]) => (this.have.get(c) ?? 0) >= clock)
    ) {
      this.completeAt = t;
    }
  }
}

// The same rows for the peers' hooks: a scratch PostgreSQL table when a server is configured.
async function peerSource(c) {
  const url = postgresUrl();
  if (!url) {
    return {
      spec: (kind) => `file:${kind === 'log' ? c.file : c.snapshotFile}`,
      label: 'corpus file via the persistence hook (no PostgreSQL configured)',
      drop: async () => {},
    };
  }
  const db = await scratchPostgres(url);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query(
    'CREATE TABLE bench_collab_update (kind text, seq int, data bytea NOT NULL, PRIMARY KEY (kind, seq))',
  );
  const insert = (kind, rows, from) =>
    client.query(
      `INSERT INTO bench_collab_update (kind, seq, data) SELECT $1, * FROM unnest($2::int[], $3::bytea[])`,
      [kind, rows.map((_, k) => from + k), rows.map((u) => Buffer.from(u))],
    );
  for (let i = 0; i < c.updates.length; i += 1000) {
    await insert('log', c.updates.slice(i, i + 1000), i);
  }
  await insert('snapshot', [c.snapshot], 0);
  await client.end();
  return {
    spec: () => `pg:${db.url}`,
    label: 'PostgreSQL rows via the persistence hook',
    drop: () => db.drop(),
  };
}

async function runs(server, c, o) {
  // Distinct documents per run, so every run is a first load whatever the server's eviction.
  const docs =
    server.coldDocs ??
    Array.from({ length: o.coldRuns + 1 }, (_, i) => server.docName(`cold-${i}`));
  const times = [];
  const lastClosed = new Map();
  for (const [i, doc] of docs.entries()) {
    // Reusing a document (ours has one per framework element): wait until the server has
    // unloaded it, so the run is a first load again.
    if (lastClosed.has(doc)) {
      await sleep(
        Math.max(0, lastClosed.get(doc) + (server.unloadDelayMs ?? 0) + 1500 - performance.now()),
      );
    }
    const [target] = await server.targets(doc, 1, 'viewer');
    const client = new CompletionClient(target, c.stateVector);
    const t0 = performance.now();
    await client.connect(120_000);
    const complete = await waitFor(() => client.completeAt, 120_000, 1);
    client.close();
    lastClosed.set(doc, performance.now());
    if (!complete) {
      throw new Error(`${doc}: state incomplete after 120 s`);
    }
    if (i > 0) {
      times.push(client.completeAt - t0); // run 0 warms the code paths up and is not counted
    }
  }
  const loads = server.events.filter((e) => e.event === 'load').slice(1);
  const med = (xs) => (xs.length ? summarize(xs).p50 : undefined);
  const s = summarize(times);
  return {
    runs: times,
    median: s.p50,
    p99: s.p99,
    fetchMs: med(loads.map((l) => l.fetchMs)),
    applyMs: med(loads.map((l) => l.applyMs)),
  };
}

export async function coldLoad(start, o) {
  const c = corpus({ count: o.coldUpdates, textName: o.textName });
  const source = await peerSource(c);
  const out = { byKind: {} };
  try {
    for (const kind of ['log', 'snapshot']) {
      const server = await start({
        coldSource: source.spec(kind),
        coldKind: kind,
        coldCorpus: c,
        coldRuns: o.coldRuns + 1,
      });
      const r = await runs(server, c, o);
      r.source = server.coldSourceLabel ?? source.label;
      out.byKind[kind] = r;
      o.log(
        `  ${kind}: median ${r.median.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms (${r.runs.map((t) => t.toFixed(0)).join(', ')})`,
      );
      await server.stop();
    }
  } finally {
    await source.drop();
  }
  return out;
}

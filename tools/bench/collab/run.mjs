// Collaboration server benchmark: ours next to @y/websocket-server 0.1.1 (the Yjs reference) and
// Hocuspocus 4.7.0 (default config), same machine, same run, same clients. Prints figures only.
//
//   node tools/bench/collab/run.mjs [--quick] [--servers ours,reference,hocuspocus]
//     [--tests fanout,durable,cold,memory,fuzz] [--steps 50,100,250,500,1000,2000]
//     [--duration 60] [--warmup 10] [--cold-runs 10] [--fuzz-messages 100000] [--out file.json]
//
// Each server runs in its own process pinned to core 0 (taskset); this process, the load
// generator, re-executes itself pinned to core 1. See README.md for what each figure means.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { hasTaskset } from './servers/spawn.mjs';

if (hasTaskset && !process.env.COLLAB_BENCH_PINNED) {
  const r = spawnSync(
    'taskset',
    ['-c', '1', process.execPath, ...process.execArgv, ...process.argv.slice(1)],
    {
      stdio: 'inherit',
      env: { ...process.env, COLLAB_BENCH_PINNED: '1' },
    },
  );
  process.exit(r.status ?? 1);
}

const { values: a } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    servers: { type: 'string', default: 'ours,reference,hocuspocus' },
    tests: { type: 'string', default: 'fanout,durable,cold,memory,fuzz' },
    steps: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    rate: { type: 'string', default: '5' },
    observers: { type: 'string', default: '20' },
    retries: { type: 'string' },
    'durable-rates': { type: 'string' },
    'cold-updates': { type: 'string', default: '100000' },
    'cold-runs': { type: 'string' },
    'memory-clients': { type: 'string', default: '1000' },
    'memory-doc-kb': { type: 'string', default: '0,50' },
    'fuzz-messages': { type: 'string' },
    'fuzz-peers': { type: 'boolean', default: false },
    'fuzz-connections': { type: 'string', default: '16' },
    verbose: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const quick = a.quick;
const list = (s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const opts = {
  quick,
  verbose: a.verbose,
  build: a.build,
  textName: 'rationale:legal-authority-enacted-law.q1',
  log: (s) => console.log(s),
  // fan-out
  steps: list(a.steps ?? (quick ? '50,200' : '50,100,250,500,1000,2000')).map(Number),
  durationMs: Number(a.duration ?? (quick ? 5 : 60)) * 1000,
  warmupMs: Number(a.warmup ?? (quick ? 2 : 10)) * 1000,
  rate: Number(a.rate),
  observers: Number(a.observers),
  retries: Number(a.retries ?? (quick ? 0 : 1)),
  targetMs: 100,
  giveUpAboveMs: 1000,
  graceMs: 3000,
  // durable
  durableRates: list(a['durable-rates'] ?? (quick ? '3000' : '1000,3000,5000,8000')).map(Number),
  durableMs: quick ? 3000 : 10_000,
  durableWriters: 10,
  // cold load
  coldUpdates: Number(a['cold-updates']),
  coldRuns: Number(a['cold-runs'] ?? (quick ? 3 : 10)),
  // memory
  memoryClients: Number(a['memory-clients']),
  memoryDocKb: list(a['memory-doc-kb']).map(Number),
  // fuzz
  fuzzMessages: Number(a['fuzz-messages'] ?? (quick ? 5000 : 100_000)),
  fuzzPeers: a['fuzz-peers'],
  fuzzConnections: Number(a['fuzz-connections']),
};

const { machineInfo, printReport } = await import('./report.mjs');
const { loadServers } = await import('./servers/index.mjs');
const scenarios = {
  fanout: (await import('./scenarios/fanout.mjs')).fanout,
  durable: (await import('./scenarios/durable.mjs')).durable,
  cold: (await import('./scenarios/cold-load.mjs')).coldLoad,
  memory: (await import('./scenarios/memory.mjs')).memory,
  fuzz: (await import('./scenarios/fuzz.mjs')).fuzz,
};

const started = performance.now();
const machine = machineInfo(opts);
const rtt = await (await import('./calibrate.mjs')).loopbackRoundTrip();
machine.loopbackRoundTrip = `p50 ${rtt.p50.toFixed(2)} ms, p99 ${rtt.p99.toFixed(2)} ms (ws echo, core 1 → core 0 → core 1)`;
const servers = await loadServers(list(a.servers), opts);
const results = {};
for (const test of list(a.tests)) {
  results[test] = {};
  for (const adapter of servers) {
    const label = `${test} / ${adapter.name}`;
    if (adapter.unavailable) {
      results[test][adapter.name] = { skipped: adapter.unavailable };
      continue;
    }
    if (test === 'fuzz' && adapter.name !== 'ours' && !opts.fuzzPeers) {
      results[test][adapter.name] = { skipped: 'ours only (--fuzz-peers to include)' };
      continue;
    }
    console.log(`\n== ${label}`);
    const t0 = performance.now();
    let server;
    try {
      // Every test gets a fresh server process; a scenario may add start options (cold load).
      const start = async (extra = {}) => {
        server = await adapter.start({ verbose: opts.verbose, ...extra });
        return server;
      };
      results[test][adapter.name] = await scenarios[test](start, opts);
    } catch (err) {
      console.log(`  failed: ${err.stack ?? err}`);
      results[test][adapter.name] = { error: String(err.message ?? err) };
    } finally {
      await server?.stop();
    }
    console.log(`  (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
}
machine.elapsed = `${((performance.now() - started) / 1000).toFixed(0)} s`;
printReport(machine, servers, results, opts);
if (a.out) {
  writeFileSync(
    a.out,
    JSON.stringify({ machine, opts: { ...opts, log: undefined }, results }, null, 2),
  );
  console.log(`\nraw results: ${a.out}`);
}
process.exit(0);

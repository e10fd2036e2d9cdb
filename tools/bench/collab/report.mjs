// Machine description and the final tables: one column per server, peers next to ours.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { root } from '../lib.mjs';
import { hasTaskset } from './servers/spawn.mjs';
import { mb, ms, pct } from './stats.mjs';

const version = (pkg) => {
  try {
    return JSON.parse(readFileSync(`${root}node_modules/${pkg}/package.json`, 'utf8')).version;
  } catch {
    return '?';
  }
};

export function machineInfo(o) {
  return {
    cpu: `${cpus()[0]?.model ?? '?'} × ${cpus().length}`,
    memory: mb(totalmem()),
    kernel: release(),
    node: process.version,
    loadAverageAtStart: loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
    pinning: hasTaskset ? 'servers on core 0, generator on core 1 (taskset)' : 'none (no taskset)',
    versions: ['yjs', 'y-protocols', 'lib0', 'ws', '@y/websocket-server', '@hocuspocus/server']
      .map((p) => `${p} ${version(p)}`)
      .join(', '),
    config:
      `fan-out ${o.rate} ops/s, steps ${o.steps.join('/')}, ${o.warmupMs / 1000} s warm-up + ` +
      `${o.durationMs / 1000} s measured, ${o.observers} full-doc observers, retries ${o.retries}; ` +
      `durable ${o.durableRates.join('/')} updates/s × ${o.durableMs / 1000} s, ≥ ${o.durableWriters} writers; ` +
      `cold ${o.coldUpdates} updates × ${o.coldRuns} runs; memory ${o.memoryClients} clients on ${o.memoryDocKb.join('/')} KB docs; ` +
      `fuzz ${o.fuzzMessages} messages`,
  };
}

function table(title, columns, rows) {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(`\n${title}`);
  console.log(line(columns));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r) => console.log(line(r)));
}

// A cell for a server that did not produce this figure.
const why = (r) =>
  !r ? '-' : r.skipped ? r.skipped : r.error ? `error: ${r.error.slice(0, 40)}` : null;

export function printReport(machine, servers, results, o) {
  console.log('\n==================== Collaboration server benchmark ====================');
  for (const [k, v] of Object.entries(machine)) {
    console.log(`${k.padEnd(20)} ${v}`);
  }
  console.log(`servers             ${servers.map((s) => `${s.name} = ${s.label}`).join('; ')}`);
  const names = servers.map((s) => s.name);
  const cols = (first) => [first, ...names];
  const r = (test) => names.map((n) => results[test]?.[n]);

  if (results.fanout) {
    const fan = r('fanout');
    const stepOf = (x, n) => x?.steps?.find((s) => s.n === n);
    const flag = (s) => (s.flags.length ? ' *' : '');
    table(
      `Fan-out: 1 writer at ${o.rate} ops/s, latency = arrival − scheduled send, p50 / p99 (reach)`,
      cols('N'),
      o.steps.map((n) => [
        n,
        ...fan.map((x) => {
          const s = stepOf(x, n);
          return (
            why(x) ?? (s ? `${ms(s.p50)} / ${ms(s.p99)} (${pct(s.reach)})${flag(s)}` : 'not run')
          );
        }),
      ]),
    );
    table(
      'Server CPU per delivered frame (µs), server core share',
      cols('N'),
      o.steps.map((n) => [
        n,
        ...fan.map((x) => {
          const s = stepOf(x, n);
          return (
            why(x) ?? (s ? `${s.cpuUsPerFrame.toFixed(1)} µs (${pct(s.serverCpuShare)})` : '-')
          );
        }),
      ]),
    );
    table('Largest N with p99 ≤ 100 ms and every marker delivered', cols(''), [
      [
        'max N',
        ...fan.map(
          (x) =>
            why(x) ??
            (x.maxN === null ? `< ${o.steps[0]}` : `${x.maxN}${x.maxNFlagged ? ' *' : ''}`),
        ),
      ],
    ]);
    console.log(
      '* = generator overloaded during the step (loop p99 > 5 ms or CPU > 85%): re-run on a quiet machine',
    );
  }
  if (results.durable) {
    const d = r('durable');
    table(
      `Durable updates: ≥ ${o.durableWriters} writers (≤ 100 edits/s each), fixed rate, ack latency vs scheduled send (p50 / p99), acked per second`,
      cols('offered/s'),
      o.durableRates.map((rate) => [
        rate,
        ...d.map((x) => {
          if (why(x)) {
            return why(x);
          }
          if (!x.ack) {
            return x.note;
          }
          const s = x.rates.find((y) => y.rate === rate);
          return s
            ? `${ms(s.p50)} / ${ms(s.p99)}, ${Math.round(s.achieved)}/s${x.ack === 'durable' ? '' : ' (in-memory)'}`
            : '-';
        }),
      ]),
    );
    console.log(
      'ours: the "saved" message after the commit; hocuspocus: SyncStatus, sent after the in-memory apply (not durable)',
    );
  }
  if (results.cold) {
    const c = r('cold');
    const rows = [];
    for (const [kind, what] of [
      ['log', `${o.coldUpdates} update rows`],
      ['snapshot', 'the same state as 1 snapshot row'],
    ]) {
      const k = (x) => x?.byKind?.[kind];
      rows.push(
        [`${what}: median`, ...c.map((x) => why(x) ?? (k(x) ? ms(k(x).median) : '-'))],
        ['  p99 (= max of runs)', ...c.map((x) => why(x) ?? (k(x) ? ms(k(x).p99) : '-'))],
        [
          '  server fetch / apply',
          ...c.map(
            (x) =>
              why(x) ??
              (k(x)?.fetchMs === undefined ? 'n/a' : `${ms(k(x).fetchMs)} / ${ms(k(x).applyMs)}`),
          ),
        ],
        [
          '  runs (ms)',
          ...c.map(
            (x) =>
              why(x) ??
              (k(x)
                ? k(x)
                    .runs.map((t) => t.toFixed(0))
                    .join(' ')
                : '-'),
          ),
        ],
      );
    }
    rows.push(['source', ...c.map((x) => why(x) ?? x.byKind?.log?.source ?? '-')]);
    table(
      `Cold load, corpus of ${o.coldUpdates} updates from 20 clients: connect → complete state`,
      cols(''),
      rows,
    );
  }
  if (results.memory) {
    const m = r('memory');
    table(
      `Memory per 1,000 idle connected clients (${o.memoryClients} connected, server after full GC): RSS / heap`,
      cols('document'),
      o.memoryDocKb.map((kb) => [
        kb ? `${kb} KB` : 'empty',
        ...m.map((x) => {
          const y = x?.byDocKb?.[kb];
          return why(x) ?? (y ? `${mb(y.rssPer1000)} / ${mb(y.heapPer1000)}` : '-');
        }),
      ]),
    );
  }
  if (results.fuzz) {
    const f = r('fuzz');
    table('Fuzz: mutated messages from editor connections', cols(''), [
      ['messages', ...f.map((x) => why(x) ?? x.messages)],
      ['messages/s processed', ...f.map((x) => why(x) ?? Math.round(x.perSecond))],
      [
        'server stayed up',
        ...f.map(
          (x) =>
            why(x) ?? (!x.stayedUp ? `NO: ${x.exit}` : x.serverStalled ? 'up but STALLED' : 'yes'),
        ),
      ],
      [
        'control client served',
        ...f.map((x) => why(x) ?? `${x.control.ok}/${x.control.sent}, p99 ${ms(x.control.p99)}`),
      ],
      [
        'sockets closed by server',
        ...f.map((x) => why(x) ?? `${x.closedByServer} (${x.closeCodes})`),
      ],
      ['messages on sockets that went silent', ...f.map((x) => why(x) ?? x.unanswered)],
    ]);
  }
  const peersRef =
    'Issue 4 reference (same kind of machine): at N=1000 p99 ≈ 48 ms (reference) / 50 ms (hocuspocus), 11–13 µs CPU per frame, 14 / 33 MB per 1,000 clients, both miss p99 ≤ 100 ms at N=2000.';
  console.log(`\n${peersRef}`);
  console.log(
    'Targets for ours: p99 ≤ 1.1× reference at N=1000; ≤ 10 µs/frame; ≤ 15 MB/1,000 clients; p99 ≤ 100 ms at N=2000; ≥ 3,000 durable updates/s with ack p99 < 25 ms; cold load < 50 ms.',
  );
}

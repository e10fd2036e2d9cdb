// Percentiles, the load generator's own health, and the server's CPU from /proc.
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

// Missing samples are passed as Infinity, so a step that lost more than 1% of its frames shows
// p99 = ∞ instead of a flattering figure computed over the frames that did arrive.
export function summarize(values) {
  const sorted = Float64Array.from(values).sort();
  const at = (p) =>
    sorted.length === 0
      ? NaN
      : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: at(100) };
}

export const ms = (x) =>
  Number.isNaN(x) ? '-' : x === Infinity ? '∞' : `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
export const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
export const pct = (x) => `${(x * 100).toFixed(x < 0.999 ? 1 : 0)}%`;

// The generator must not be the bottleneck: a step is flagged when its own event loop lagged
// (p99 > 5 ms) or it used more than 85% of its core, because then latencies measure us, not
// the server.
export function generatorHealth() {
  const h = monitorEventLoopDelay({ resolution: 1 });
  let cpu0;
  let t0;
  return {
    start() {
      h.reset();
      h.enable();
      cpu0 = process.cpuUsage();
      t0 = performance.now();
    },
    stop() {
      h.disable();
      const cpu = process.cpuUsage(cpu0);
      const wall = performance.now() - t0;
      const loopP99 = h.percentile(99) / 1e6;
      const cpuShare = (cpu.user + cpu.system) / 1000 / wall;
      const flags = [];
      if (loopP99 > 5) {
        flags.push(`generator loop p99 ${loopP99.toFixed(1)} ms`);
      }
      if (cpuShare > 0.85) {
        flags.push(`generator CPU ${pct(cpuShare)}`);
      }
      return { loopP99, cpuShare, flags };
    },
  };
}

// Server CPU time (user + system, all threads) in ms, read from outside the server so that a
// saturated server event loop cannot delay the reading.
const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
export function procCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerMs; // utime, stime
  } catch {
    return NaN;
  }
}

export const sleep = (msec) => new Promise((r) => setTimeout(r, msec));

// Poll until check() is truthy; returns false on timeout.
export async function waitFor(check, timeoutMs, every = 20) {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) {
      return false;
    }
    await sleep(every);
  }
  return true;
}

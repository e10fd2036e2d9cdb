// Starts a server under test in its own process: pinned to core 0 (the load generator runs on
// core 1), with --expose-gc and the probe preloaded so memory is read the same way everywhere.
import { execFileSync, spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { procCpuMs } from '../stats.mjs';

const probe = fileURLToPath(new URL('./probe.mjs', import.meta.url));

// Pinning needs the taskset tool and two cores (servers on 0, generator on 1). cpus(), not
// availableParallelism(): the generator is itself pinned to one core by then.
export const hasTaskset = (() => {
  if (cpus().length < 2) {
    return false;
  }
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export function spawnServer(script, { env = {}, cwd, verbose = false }) {
  // BENCH_SERVER_NODE_ARGS profiles the servers, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const node = [process.execPath, '--expose-gc', ...extra, '--import', probe, script];
  // taskset execs node in place, so the pid, stdio and IPC channel are node's own.
  const [cmd, ...args] = hasTaskset ? ['taskset', '-c', '0', ...node] : node;
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', verbose ? 'inherit' : 'ignore', verbose ? 'inherit' : 'pipe', 'ipc'],
  });
  // Keep the tail of stderr for the report if the server dies (the fuzz test expects noise).
  const stderrTail = [];
  child.stderr?.setEncoding('utf8').on('data', (s) => {
    stderrTail.push(s);
    if (stderrTail.length > 20) {
      stderrTail.shift();
    }
  });
  const tail = () => stderrTail.join('').split('\n').slice(-10).join('\n');
  const events = [];
  const waiters = [];
  let nextId = 0;
  const pending = new Map();
  child.on('message', (m) => {
    if (m?.probe === 'stats') {
      pending.get(m.id)?.(m);
      pending.delete(m.id);
      return;
    }
    events.push(m);
    for (const w of [...waiters]) {
      w(m);
    }
  });
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    pid: child.pid,
    events,
    exited,
    alive: () => child.exitCode === null && child.signalCode === null,
    stderrTail: tail,
    cpuMs: () => procCpuMs(child.pid),
    // Memory and CPU as the server process sees them; null if it does not answer in time.
    stats({ gc = false, timeoutMs = 15_000 } = {}) {
      const id = (nextId += 1);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve(null);
        }, timeoutMs);
        pending.set(id, (m) => {
          clearTimeout(timer);
          resolve(m);
        });
        child.send({ probe: 'stats', id, gc });
      });
    },
    waitEvent(name, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const found = events.find((e) => e.event === name);
        if (found) {
          resolve(found);
          return;
        }
        const timer = setTimeout(() => reject(new Error(`no ${name} from ${script}`)), timeoutMs);
        const w = (m) => {
          if (m.event === name) {
            clearTimeout(timer);
            waiters.splice(waiters.indexOf(w), 1);
            resolve(m);
          }
        };
        waiters.push(w);
        child.once('exit', (code) => reject(new Error(`${script} exited with ${code}: ${tail()}`)));
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

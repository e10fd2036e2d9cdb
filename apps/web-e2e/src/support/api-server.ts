import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiMain, repoRoot, webIndex } from './paths.js';

export const demoPassword = 'example-demo-2026';

export interface ApiServer {
  url: string;
  dataDir: string;
  // The server's recent output (stdout and stderr, last 20,000 characters).
  log: () => string;
  // Stops the process and keeps the data directory (for a restart on the same data).
  stop: () => Promise<void>;
  // Stops the process and deletes the data directory.
  dispose: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `The API exited with code ${child.exitCode} before it was healthy:\n${log()}`,
      );
    }
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`The API was not healthy within 60 s:\n${log()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    // PGlite flushes on a graceful stop; SIGKILL only if the API hangs.
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

// Starts the built API (`node apps/api/dist/main.js`) on a free port with an embedded database in
// `dataDir` (a fresh temporary directory unless given), and waits until /health answers.
export async function startApi(dataDir?: string): Promise<ApiServer> {
  for (const file of [apiMain, webIndex]) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing: run \`npx nx run-many -t build --projects=api,web\``);
    }
  }
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'idgov-e2e-')));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dir,
    NODE_ENV: 'production',
    SEED_DEMO: 'true',
    DEMO_PASSWORD: demoPassword,
    // Links in emails (invitations) point at this server.
    PUBLIC_URL: `http://127.0.0.1:${port}`,
  };
  delete env['SMTP_URL'];
  delete env['DATABASE_URL'];
  delete env['WEB_DIST_DIR'];
  const child = spawn(process.execPath, [apiMain], { cwd: repoRoot, env, stdio: 'pipe' });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  const stop = () => stopProcess(child);
  return {
    url,
    dataDir: dir,
    log: () => output,
    stop,
    dispose: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

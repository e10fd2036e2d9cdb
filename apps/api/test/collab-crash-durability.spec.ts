import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentName } from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DatabaseHandle } from '../src/core/database/database-handle.js';
import { buildApi, startApiProcess, type ApiProcess } from './support/api-process.js';
import { RawClient, until } from './support/collab-clients.js';
import { CrashWriter } from './support/crash-writer.js';
import { openTestDatabase, testEngines } from './support/test-database.js';

const cycles = process.env['CI'] === 'true' ? 5 : 3;
const writers = 10;

async function gql<T>(api: ApiProcess, query: string, variables = {}, token?: string): Promise<T> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) {
    throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

// Durability as the client sees it: every update the server acknowledged as saved is there after
// the API process is killed with SIGKILL mid-edit (10 writers, several cycles) and restarted.
describe.each(testEngines())('kill -9 during co-editing on %s', (engine) => {
  let database: DatabaseHandle | null = null;
  let dataDir = '';
  beforeAll(async () => {
    buildApi();
    if (engine === 'postgres') {
      database = await openTestDatabase('postgres');
    } else {
      dataDir = mkdtempSync(join(tmpdir(), 'idgov-crash-'));
    }
  }, 120_000);
  afterAll(async () => {
    await database?.close();
    if (dataDir) {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('loses no acknowledged update', async ({ annotate }) => {
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'test',
      SEED_DEMO: 'true',
      ...(database
        ? {
            DATABASE_URL: (database.options as { url?: string }).url,
            DATA_DIR: mkdtempSync(join(tmpdir(), 'idgov-keys-')),
          }
        : { DATA_DIR: dataDir }),
    };
    const acknowledged: string[] = [];
    let session = '';
    let name = '';
    const ticket = async (api: ApiProcess) =>
      (
        await gql<{ collabToken: string }>(
          api,
          `mutation($name: String!) { collabToken(documentName: $name) }`,
          { name },
          session,
        )
      ).collabToken;
    const missing = async (api: ApiProcess) => {
      const reader = await RawClient.open(
        `${api.url.replace('http', 'ws')}/collab/${name}?token=${await ticket(api)}`,
      );
      const doc = new Y.Doc();
      Y.applyUpdate(doc, await reader.serverState());
      reader.close();
      const texts = Array.from({ length: writers }, (_, i) =>
        doc.getText(`rationale:crash-${i}`).toJSON(),
      ).join('');
      return acknowledged.filter((marker) => !texts.includes(marker));
    };

    for (let cycle = 0; cycle <= cycles; cycle += 1) {
      const api = await startApiProcess(env);
      try {
        if (!session) {
          session = (
            await gql<{ login: { token: string } }>(
              api,
              `mutation { login(email: "admin@demo.local", password: "example-demo-2026") { token } }`,
            )
          ).login.token;
          const { assessments } = await gql<{ assessments: { id: string; title: string }[] }>(
            api,
            `{ assessments { id title } }`,
            {},
            session,
          );
          name = documentName(assessments[0]?.id ?? '', 'user-value');
        }
        expect(await missing(api)).toEqual([]);
        if (cycle === cycles) {
          await api.stop();
          break;
        }
        const base = `${api.url.replace('http', 'ws')}/collab/${name}`;
        const running = await Promise.all(
          Array.from({ length: writers }, async (_, i) =>
            CrashWriter.start(
              `${base}?token=${await ticket(api)}`,
              `rationale:crash-${i}`,
              `c${i}.${cycle}`,
            ),
          ),
        );
        const target = 150 + 50 * cycle;
        await until(
          () => running.reduce((sum, w) => sum + w.acknowledged.length, 0) >= target,
          `${target} acknowledged updates`,
          60_000,
        );
        await api.kill();
        await Promise.all(running.map((w) => w.closed));
        running.forEach((w) => acknowledged.push(...w.acknowledged));
      } catch (error) {
        throw new Error(`${String(error)}\n--- API output ---\n${api.log()}`);
      } finally {
        if (api.child.exitCode === null && api.child.signalCode === null) {
          await api.kill();
        }
      }
    }
    await annotate(`${acknowledged.length} acknowledged updates, ${cycles} kills, none lost`);
  }, 600_000);
});

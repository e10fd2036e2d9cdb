import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeCollabServerMessage, documentName, encodeAckRequest } from '@idgov/assessment-doc';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DatabaseHandle } from '../src/core/database/database-handle.js';
import { buildApi, startApiProcess, type ApiProcess } from './support/api-process.js';
import {
  RawClient,
  stockClient,
  textUpdate,
  until,
  type StockClient,
} from './support/collab-clients.js';
import { openTestDatabase, testEngines } from './support/test-database.js';
import { dropSubscribers, probeTestRedis, runsWithRedis } from './support/test-redis.js';

const redis = await probeTestRedis();
const postgres = testEngines().includes('postgres');
const rationale = 'rationale:detail-1.q1';
const shared = 'legal-and-regulatory-framework'; // the ministry leads, civil society contributes
const csoLeads = 'equality-and-non-discrimination';

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

// Two API processes on one PostgreSQL database and one Redis, as behind a load balancer: people
// on either instance edit the same document live, see each other's cursors, and lose write access
// on both when it is taken away on one.
describe.runIf(postgres && runsWithRedis(redis, 'the scale-out suite'))(
  'two API processes sharing PostgreSQL and Redis',
  () => {
    let database: DatabaseHandle;
    let prefix = '';
    let a: ApiProcess;
    let b: ApiProcess;
    const sessions: Record<string, { token: string; userId: string }> = {};
    let assessmentId = '';
    // The ministry on A and civil society on B, both writers of the same element.
    let onA: StockClient;
    let onB: StockClient;

    const ws = (api: ApiProcess) => `${api.url.replace('http', 'ws')}/collab`;
    const ticket = async (api: ApiProcess, name: string, who: string) =>
      (
        await gql<{ collabToken: string }>(
          api,
          `mutation($name: String!) { collabToken(documentName: $name) }`,
          { name },
          sessions[who]?.token,
        )
      ).collabToken;
    const open = async (api: ApiProcess, element: string, who: string) => {
      const name = documentName(assessmentId, element);
      return stockClient(ws(api), name, await ticket(api, name, who));
    };
    const text = (client: StockClient) => client.doc.getText(rationale).toJSON();

    beforeAll(async () => {
      buildApi();
      database = await openTestDatabase('postgres');
      const url = (database.options as { url?: string }).url ?? '';
      prefix = `${new URL(url).pathname.slice(1)}:`;
      const env = {
        NODE_ENV: 'test',
        DATABASE_URL: url,
        REDIS_URL: redis.url,
        REDIS_PREFIX: prefix,
      };
      const dataDir = () => mkdtempSync(join(tmpdir(), 'idgov-scale-'));
      a = await startApiProcess({ ...env, SEED_DEMO: 'true', DATA_DIR: dataDir() });
      b = await startApiProcess({ ...env, SEED_DEMO: 'false', DATA_DIR: dataDir() });
      for (const who of ['admin', 'ministry', 'cso']) {
        const { login } = await gql<{ login: { token: string; user: { id: string } } }>(
          a,
          `mutation($email: String!) {
            login(email: $email, password: "example-demo-2026") { token user { id } } }`,
          { email: `${who}@demo.local` },
        );
        sessions[who] = { token: login.token, userId: login.user.id };
      }
      const { assessments } = await gql<{ assessments: { id: string }[] }>(
        a,
        `{ assessments { id } }`,
        {},
        sessions['ministry']?.token,
      );
      assessmentId = assessments[0]?.id ?? '';
      onA = await open(a, shared, 'ministry');
      onB = await open(b, shared, 'cso');
      await Promise.all([onA.synced, onB.synced]);
    }, 180_000);

    afterAll(async () => {
      [onA, onB].forEach((client) => client?.destroy());
      await Promise.all([a?.stop(), b?.stop()]);
      await database?.close();
    });

    const withLogs = (work: () => Promise<void>) =>
      work().catch((error: unknown) => {
        throw new Error(`${String(error)}\n--- A ---\n${a.log()}\n--- B ---\n${b.log()}`);
      });

    it('converges text typed on either instance', () =>
      withLogs(async () => {
        onA.doc.getText(rationale).insert(0, 'Typed on A. ');
        await until(() => text(onB).includes('Typed on A.'), 'the edit on A to reach B');
        onB.doc.getText(rationale).insert(text(onB).length, 'Typed on B.');
        await until(() => text(onA).includes('Typed on B.'), 'the edit on B to reach A');
        expect(text(onA)).toBe('Typed on A. Typed on B.');
        expect(text(onB)).toBe(text(onA));
      }));

    it("shows a writer's awareness on A to a client on B", () =>
      withLogs(async () => {
        onA.provider.awareness.setLocalStateField('user', { name: 'Mika on A' });
        await until(() => {
          const state = onB.provider.awareness.getStates().get(onA.doc.clientID);
          return (state?.['user'] as { name?: string } | undefined)?.name === 'Mika on A';
        }, "A's cursor owner to appear on B");
      }));

    it('re-reads what it may have missed once its Redis subscription is back', () =>
      withLogs(async () => {
        // An update stored by an instance whose message never went out.
        const writer = new Y.Doc();
        Y.applyUpdate(writer, Y.encodeStateAsUpdate(onA.doc));
        const missed = textUpdate(rationale, ' Never relayed.', writer);
        const sql = new pg.Client({ connectionString: (database.options as { url: string }).url });
        await sql.connect();
        await sql.query('INSERT INTO collab_update (document_name, data) VALUES ($1, $2)', [
          documentName(assessmentId, shared),
          Buffer.from(missed),
        ]);
        await sql.end();
        expect(await dropSubscribers(redis.url, prefix)).toBe(2);
        await until(
          () => text(onA).endsWith('Never relayed.') && text(onB).endsWith('Never relayed.'),
          'both instances to re-read the log',
        );
      }));

    it('takes write access away on B within 5 s of a role change on A', ({ annotate }) =>
      withLogs(async () => {
        const name = documentName(assessmentId, csoLeads);
        const client = await RawClient.open(
          `${ws(b)}/${name}?token=${await ticket(b, name, 'cso')}`,
        );
        client.send(encodeAckRequest());
        const presence = (m: Uint8Array) => {
          const decoded = decodeCollabServerMessage(m);
          return decoded?.type === 'presence' ? decoded.presence : null;
        };
        await client.next((m) => presence(m)?.writers === 1, 'counted as a writer on B');
        let readOnly = false;
        void client
          .next((m) => presence(m)?.writers === 0, 'counted as a viewer', client.messages.length)
          .then(
            () => (readOnly = true),
            () => undefined,
          );
        const started = performance.now();
        await gql(
          a,
          `mutation($a: ID!, $u: ID!) {
            changeAssessmentMemberRole(assessmentId: $a, userId: $u, role: OBSERVER) { role } }`,
          { a: assessmentId, u: sessions['cso']?.userId },
          sessions['admin']?.token,
        );
        // Downgraded in place, or closed (a 44xx code: the stock client does not reconnect).
        await until(() => readOnly || !client.open, 'B to take write access away', 5_000);
        if (!readOnly) {
          expect(Math.floor((await client.closed).code / 100)).toBe(44);
        }
        await annotate(
          `${readOnly ? 'read-only' : 'closed'} after ${Math.round(performance.now() - started)} ms`,
        );
        client.close();
      }));
  },
);

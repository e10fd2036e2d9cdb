import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addFinding, documentName } from '@idgov/assessment-doc';
import { framework } from '@idgov/framework';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxSubscriptionsPerSocket } from '../src/core/graphql/subscription-server.js';
import type { DatabaseHandle } from '../src/core/database/database-handle.js';
import { buildCreateAssessmentInput } from './factories/assessment.factory.js';
import { deliveryIntervalMs } from '../src/modules/workshops/workshop-notifier.js';
import { createTeam, type Team } from './factories/team.factory.js';
import {
  createWorkshopWithAgenda,
  joinAsGuest,
  openWorkshop,
  seedElementContent,
  voteMutation,
  type WorkshopResult,
} from './factories/workshop.factory.js';
import { expectData, startTestApp, type TestApp } from './support/test-app.js';
import { buildApi, startApiProcess, type ApiProcess } from './support/api-process.js';
import { openTestDatabase, testEngines } from './support/test-database.js';
import { probeTestRedis, runsWithRedis, testRedisPrefix } from './support/test-redis.js';
import { subscribeWorkshop, until, type Subscriber } from './support/workshop-subscribers.js';

// Live workshops over graphql-ws on /graphql: every screen (members, a guest, the presenter) sees
// tallies and the moderator's moves; outsiders are refused; a removed member stops receiving.
describe.each(testEngines())('workshop subscriptions on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  let workshop: WorkshopResult;
  let url = '';
  let guestToken = '';
  const open: Subscriber[] = [];
  const subscribe = (who: Parameters<typeof subscribeWorkshop>[2], id = workshop.id) => {
    const sub = subscribeWorkshop(url, id, who);
    open.push(sub);
    return sub;
  };
  const vote = async (itemId: string | undefined, who: { token?: string; guestToken?: string }) =>
    expectData(
      await t.gql(
        voteMutation,
        { input: { workshopId: workshop.id, itemId, vote: 'AGREE', guestToken: who.guestToken } },
        who.token ?? null,
      ),
    );

  beforeAll(async () => {
    t = await startTestApp(engine);
    await t.app.listen(0, '127.0.0.1');
    const server = t.app.getHttpServer() as { address(): AddressInfo };
    url = `ws://127.0.0.1:${server.address().port}/graphql`;
    team = await createTeam(t);
    const content = await seedElementContent(t, team.assessment.id, team.assignedElement);
    const prepared = await createWorkshopWithAgenda(t, team.assessment.id, content);
    workshop = await openWorkshop(t, team.assessment.id, prepared.id);
    guestToken = (await joinAsGuest(t, workshop.joinCode ?? '', 'Guest on a phone')).guestToken;
  });
  afterAll(async () => {
    await Promise.all(open.map((s) => s.close()));
    await t.close();
  });

  it('shows every client the tallies and the current item as they change', async () => {
    const clients = {
      presenter: subscribe({ token: team.moderator.token }),
      ministry: subscribe({ token: team.ministry.token }),
      observer: subscribe({ token: team.observer.token }),
      guest: subscribe({ guestToken }),
    };
    const all = Object.values(clients);
    await until(() => all.every((c) => c.states.length > 0), 'the first state on every client');
    expect(clients.presenter.latest()?.joinCode).toBe(workshop.joinCode);
    expect(clients.guest.latest()?.joinCode).toBeNull();
    const [first, second] = workshop.items;
    await vote(first?.id, { token: team.cso.token });
    await vote(first?.id, { guestToken });
    await until(
      () => all.every((c) => c.latest()?.items[0]?.tally.total === 2),
      'two votes in every tally',
    );
    expect(clients.guest.latest()?.items[0]?.myVote).toBe('AGREE');
    expect(clients.ministry.latest()?.items[0]?.myVote).toBeNull();
    expectData(
      await t.gql(
        `mutation($a: ID!, $w: ID!, $i: ID!) { setCurrentWorkshopItem(assessmentId: $a, workshopId: $w, itemId: $i) { id } }`,
        { a: team.assessment.id, w: workshop.id, i: second?.id },
        team.moderator.token,
      ),
    );
    await until(
      () => all.every((c) => c.latest()?.currentItemId === second?.id),
      'the move on every screen',
    );
    expect(all.every((c) => c.errors.length === 0 && !c.completed)).toBe(true);
  });

  it('coalesces a burst of votes into few deliveries that end on the final tally', async () => {
    const presenter = subscribe({ token: team.moderator.token });
    await until(() => presenter.states.length > 0, 'the first state');
    const guests = await Promise.all(
      Array.from({ length: 30 }, (_, i) => joinAsGuest(t, workshop.joinCode ?? '', `Guest ${i}`)),
    );
    const before = presenter.states.length;
    const itemId = workshop.items[1]?.id;
    const expected = (presenter.latest()?.items[1]?.tally.total ?? 0) + guests.length;
    const started = Date.now();
    await Promise.all(guests.map((g) => vote(itemId, { guestToken: g.guestToken })));
    await until(() => presenter.latest()?.items[1]?.tally.total === expected, 'the final tally');
    // At most one delivery per interval, however the votes were spread over time.
    const intervals = Math.ceil((Date.now() - started) / deliveryIntervalMs);
    expect(presenter.states.length - before).toBeLessThanOrEqual(
      Math.min(guests.length, intervals + 1),
    );
  });

  it('refuses outsiders, anonymous callers and a guest pass of another workshop', async () => {
    const outsider = subscribe({ token: team.outsider.token });
    const anonymous = subscribe({});
    const wrongPass = subscribe({ guestToken }, '00000000-0000-4000-8000-000000000000');
    const forged = subscribe({ guestToken: 'x'.repeat(43) });
    const refused = [outsider, anonymous, wrongPass, forged];
    await until(() => refused.every((s) => s.errors.length > 0 || s.completed), 'the refusals');
    expect(refused.map((s) => s.errors[0]?.extensions?.code)).toEqual([
      'NOT_FOUND',
      'UNAUTHENTICATED',
      'NOT_FOUND',
      'NOT_FOUND',
    ]);
    expect(refused.every((s) => s.states.length === 0)).toBe(true);
  });

  it('stops a member’s stream once they are removed from the assessment', async () => {
    const reviewer = subscribe({ token: team.reviewer.token });
    await until(() => reviewer.states.length > 0, 'the reviewer’s first state');
    expectData(
      await t.gql(
        `mutation($a: ID!, $u: ID!) { removeAssessmentMember(assessmentId: $a, userId: $u) }`,
        { a: team.assessment.id, u: team.reviewer.user.id },
      ),
    );
    const seen = reviewer.states.length;
    await vote(workshop.items[1]?.id, { token: team.ministry.token });
    await until(() => reviewer.completed, 'the removed member’s stream to end');
    expect(reviewer.states.length).toBe(seen);
  });

  it('takes only subscriptions over the websocket', async () => {
    const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 });
    const answer = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: `{ framework { version } }` },
        { next: resolve, error: resolve, complete: () => undefined },
      );
    });
    await client.dispose();
    expect(answer).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
  });

  it('caps the subscriptions one socket holds, and frees a place when one completes', async () => {
    const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 });
    const query = `subscription($w: ID!, $g: String) { workshopChanged(workshopId: $w, guestToken: $g) { id } }`;
    const start = () => {
      let stop = (): void => undefined;
      const first = new Promise<unknown>((resolve) => {
        stop = client.subscribe(
          { query, variables: { w: workshop.id, g: guestToken } },
          { next: resolve, error: resolve, complete: () => undefined },
        );
      });
      return { first, stop: () => stop() };
    };
    const held = Array.from({ length: maxSubscriptionsPerSocket }, start);
    const firsts = await Promise.all(held.map((h) => h.first));
    expect(firsts.every((f) => JSON.stringify(f).includes(workshop.id))).toBe(true);
    expect(await start().first).toMatchObject([{ extensions: { code: 'RATE_LIMITED' } }]);
    held[0]?.stop();
    await expect.poll(async () => JSON.stringify(await start().first)).toContain(workshop.id);
    await client.dispose();
  });

  it('answers a subscription sent over HTTP with a clear error', async () => {
    const res = await t.gql(
      `subscription($w: ID!) { workshopChanged(workshopId: $w) { id } }`,
      { w: workshop.id },
      team.moderator.token,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.data?.['workshopChanged'] ?? null).toBeNull();
  });
});

const redis = await probeTestRedis();
const postgres = testEngines().includes('postgres');

async function call<T>(api: ApiProcess, query: string, variables = {}, token?: string): Promise<T> {
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

// Two API processes on one PostgreSQL database and one Redis: a vote taken by A reaches a screen
// subscribed on B (B re-reads the workshop when Redis tells it the workshop changed).
describe.runIf(postgres && runsWithRedis(redis, 'the workshop scale-out suite'))(
  'workshop subscriptions across two API processes',
  () => {
    let database: DatabaseHandle;
    let a: ApiProcess;
    let b: ApiProcess;
    const subs: Subscriber[] = [];

    beforeAll(async () => {
      buildApi();
      database = await openTestDatabase('postgres');
      const url = (database.options as { url?: string }).url ?? '';
      const env = {
        NODE_ENV: 'test',
        DATABASE_URL: url,
        REDIS_URL: redis.url,
        REDIS_PREFIX: testRedisPrefix(),
      };
      const dataDir = () => mkdtempSync(join(tmpdir(), 'idgov-workshop-'));
      a = await startApiProcess({ ...env, SEED_DEMO: 'true', DATA_DIR: dataDir() });
      b = await startApiProcess({ ...env, SEED_DEMO: 'false', DATA_DIR: dataDir() });
    }, 180_000);
    afterAll(async () => {
      await Promise.all(subs.map((s) => s.close()));
      await Promise.all([a?.stop(), b?.stop()]);
      await database?.close();
    });

    it('delivers a vote cast on A to a subscriber on B', async () => {
      const { login } = await call<{ login: { token: string } }>(
        a,
        `mutation { login(email: "admin@demo.local", password: "example-demo-2026") { token } }`,
      );
      const admin = login.token;
      const { createAssessment } = await call<{ createAssessment: { id: string } }>(
        a,
        `mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }`,
        { input: buildCreateAssessmentInput() },
        admin,
      );
      const assessmentId = createAssessment.id;
      const elementKey = 'legal-and-regulatory-framework';
      const subElementKey =
        framework.elements.find((e) => e.key === elementKey)?.subElements[0]?.key ?? '';
      // A finding stored in the document's log, as a client's edit would be.
      const doc = new Y.Doc();
      const findingId = addFinding(doc, subElementKey, 'WEAKNESS', 'Stored before the workshop');
      const client = new pg.Client({
        connectionString: (database.options as { url?: string }).url,
      });
      await client.connect();
      await client.query(`INSERT INTO collab_update (document_name, data) VALUES ($1, $2)`, [
        documentName(assessmentId, elementKey),
        Buffer.from(Y.encodeStateAsUpdate(doc)),
      ]);
      await client.end();
      const { createWorkshop } = await call<{ createWorkshop: { id: string } }>(
        a,
        `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`,
        { input: { assessmentId, title: 'Two instances' } },
        admin,
      );
      const workshopId = createWorkshop.id;
      await call(
        a,
        `mutation($input: AddWorkshopItemInput!) { addWorkshopItem(input: $input) { id } }`,
        {
          input: {
            assessmentId,
            workshopId,
            kind: 'FINDING',
            elementKey,
            subElementKey,
            findingId,
          },
        },
        admin,
      );
      const { openWorkshop } = await call<{ openWorkshop: WorkshopResult }>(
        a,
        `mutation($a: ID!, $id: ID!) { openWorkshop(assessmentId: $a, id: $id) { joinCode currentItemId } }`,
        { a: assessmentId, id: workshopId },
        admin,
      );
      const join = `mutation($c: String!) { joinWorkshopAsGuest(code: $c, displayName: "Guest") { guestToken } }`;
      const onB = (
        await call<{ joinWorkshopAsGuest: { guestToken: string } }>(b, join, {
          c: openWorkshop.joinCode,
        })
      ).joinWorkshopAsGuest;
      const onA = (
        await call<{ joinWorkshopAsGuest: { guestToken: string } }>(a, join, {
          c: openWorkshop.joinCode,
        })
      ).joinWorkshopAsGuest;
      const screen = subscribeWorkshop(`${b.url.replace('http', 'ws')}/graphql`, workshopId, {
        guestToken: onB.guestToken,
      });
      const presenter = subscribeWorkshop(`${b.url.replace('http', 'ws')}/graphql`, workshopId, {
        token: admin,
      });
      subs.push(screen, presenter);
      await until(
        () => screen.states.length > 0 && presenter.states.length > 0,
        'the first states on B',
      );
      await call(
        a,
        `mutation($input: CastWorkshopVoteInput!) { castWorkshopVote(input: $input) { id } }`,
        {
          input: {
            workshopId,
            itemId: openWorkshop.currentItemId,
            vote: 'DISAGREE',
            guestToken: onA.guestToken,
          },
        },
      );
      await until(
        () => [screen, presenter].every((s) => s.latest()?.items[0]?.tally.disagree === 1),
        `the vote on A to reach B\n--- A ---\n${a.log()}\n--- B ---\n${b.log()}`,
      );
      expect(presenter.latest()?.participantCount).toBe(2);
    }, 60_000);
  },
);

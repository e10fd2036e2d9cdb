import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collabCloseCode, documentName, encodeAckRequest } from '@idgov/assessment-doc';
import type { INestApplication } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAppConfig } from '../src/core/config/app-config.js';
import { postgresHandle } from '../src/core/database/database-handle.js';
import { createApp } from '../src/create-app.js';
import { addMember, createTeam, signIn, type Team } from './factories/team.factory.js';
import { createUser } from './factories/user.factory.js';
import { presenceIn, RawClient, until } from './support/collab-clients.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { expectData } from './support/test-app.js';
import { testEngines } from './support/test-database.js';
import { probeTestRedis, runsWithRedis, testRedisPrefix } from './support/test-redis.js';

const redis = await probeTestRedis();
const postgres = testEngines().includes('postgres');
// A periodic sweep so rare that only the news over Redis can take access away within seconds.
const collab = { sweepIntervalMs: 600_000 };

// Two instances on one database and one Redis, in this process: a change of access made through
// one re-checks the connections of the other at once, not at its next sweep.
describe.runIf(postgres && runsWithRedis(redis, 'the cross-instance access suite'))(
  'access changed on one instance, on connections to another',
  () => {
    let a: CollabTestApp;
    let b: INestApplication;
    let bCollabUrl = '';
    let team: Team;
    let name = '';
    beforeAll(async () => {
      const env = { REDIS_URL: redis.url, REDIS_PREFIX: testRedisPrefix() };
      a = await startCollabTestApp('postgres', collab, env);
      team = await createTeam(a);
      name = documentName(team.assessment.id, team.assignedElement);
      const url = (a.database.options as { url?: string }).url ?? '';
      const config = loadAppConfig({
        NODE_ENV: 'test',
        SEED_DEMO: 'false',
        DATABASE_URL: url,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'idgov-instance-b-')),
        ...env,
      });
      b = await createApp(config, postgresHandle(url), { logger: ['error'], collab });
      await b.listen(0, '127.0.0.1');
      const { port } = (b.getHttpServer() as { address(): AddressInfo }).address();
      bCollabUrl = `ws://127.0.0.1:${port}/collab`;
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
    });

    // A ministry contributor of their own, editing on B, alone in the room there.
    const writerOnB = async () => {
      const user = await createUser(a);
      await addMember(a, team.assessment.id, user.id, 'CONTRIBUTOR', team.orgs.ministry);
      const session = await signIn(a, user);
      const ticket = await a.ticket(name, session);
      const client = await RawClient.open(`${bCollabUrl}/${name}?token=${ticket}`);
      client.send(encodeAckRequest());
      await client.next((m) => presenceIn(m)?.writers === 1, 'counted as a writer on B');
      let readOnly = false;
      void client
        .next((m) => presenceIn(m)?.writers === 0, 'counted as a viewer', client.messages.length)
        .then(
          () => (readOnly = true),
          () => undefined,
        );
      // Downgraded in place, or closed (a 44xx code: the stock client does not reconnect).
      const lostWriteAccess = async () => {
        await until(() => readOnly || !client.open, 'B to take write access away', 5_000);
        if (!readOnly) {
          expect(Math.floor((await client.closed).code / 100)).toBe(44);
        }
      };
      return { user, session, client, lostWriteAccess };
    };

    it('takes write access away on B when a role is lowered on A', async () => {
      const { user, client, lostWriteAccess } = await writerOnB();
      expectData(
        await a.gql(
          `mutation($a: ID!, $u: ID!) {
            changeAssessmentMemberRole(assessmentId: $a, userId: $u, role: OBSERVER) { role } }`,
          { a: team.assessment.id, u: user.id },
          team.moderator.token,
        ),
      );
      await lostWriteAccess();
      client.close();
      await client.closed;
    });

    it('closes the socket on B of a session that signed out on A', async () => {
      const { session, client } = await writerOnB();
      expectData(await a.gql(`mutation { logout }`, {}, session));
      const closed = await Promise.race([
        client.closed,
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000)),
      ]);
      expect(closed?.code).toBe(collabCloseCode.sessionEnded);
    });

    it('takes write access away on B when the element is assigned elsewhere on A', async () => {
      const { client, lostWriteAccess } = await writerOnB();
      expectData(
        await a.gql(`mutation($input: AssignElementInput!) { assignElement(input: $input) }`, {
          input: {
            assessmentId: team.assessment.id,
            elementKey: team.assignedElement,
            leadOrganisationId: team.orgs.cso,
          },
        }),
      );
      await lostWriteAccess();
      client.close();
    });
  },
);

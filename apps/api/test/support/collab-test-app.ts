import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { CollabRooms } from '../../src/modules/collab/collab-rooms.service.js';
import type { CollabSettings } from '../../src/modules/collab/collab-settings.js';
import type { DatabaseKind } from '../../src/core/database/database-handle.js';
import { expectData, startTestApp, type TestApp } from './test-app.js';

export interface CollabTestApp extends TestApp {
  // ws://127.0.0.1:<port>/collab, the serverUrl a WebsocketProvider takes.
  collabUrl: string;
  port: number;
  rooms: CollabRooms;
  sql<T>(query: string, parameters?: unknown[]): Promise<T[]>;
  // A connection ticket for a document, asked for over GraphQL with a session token.
  ticket(documentName: string, sessionToken?: string): Promise<string>;
}

// The test app listening on a real port on the loopback, for websocket clients.
export async function startCollabTestApp(
  engine: DatabaseKind,
  collab: Partial<CollabSettings> = {},
  env: NodeJS.ProcessEnv = {},
): Promise<CollabTestApp> {
  const t = await startTestApp(engine, env, undefined, { collab });
  await t.app.listen(0, '127.0.0.1');
  const server = t.app.getHttpServer() as { address(): AddressInfo };
  const port = server.address().port;
  const dataSource = t.app.get(DataSource);
  return {
    ...t,
    collabUrl: `ws://127.0.0.1:${port}/collab`,
    port,
    // Absent with COLLAB_MODE=off, so looked up when used.
    get rooms() {
      return t.app.get(CollabRooms);
    },
    sql: <T>(query: string, parameters: unknown[] = []) => dataSource.query<T[]>(query, parameters),
    async ticket(documentName, sessionToken = t.adminToken) {
      const data = expectData(
        await t.gql<{ collabToken: string }>(
          `mutation($name: String!) { collabToken(documentName: $name) }`,
          { name: documentName },
          sessionToken,
        ),
      );
      return data.collabToken;
    },
  };
}

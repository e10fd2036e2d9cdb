import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { loadAppConfig, type AppConfig } from '../../src/core/config/app-config.js';
import type { DatabaseHandle, DatabaseKind } from '../../src/core/database/database-handle.js';
import { createApp, type CreateAppOptions } from '../../src/create-app.js';
import { AuthService } from '../../src/modules/auth/auth.service.js';
import { UsersService } from '../../src/modules/users/users.service.js';

const testAdminPassword = 'test administrator password';
import { openTestDatabase } from './test-database.js';

export interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export interface TestApp {
  app: INestApplication;
  database: DatabaseHandle;
  http: () => ReturnType<typeof request>;
  adminToken: string;
  // As the platform administrator unless another token (or null, anonymous) is given.
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

export async function startTestApp(
  kind: DatabaseKind,
  env: NodeJS.ProcessEnv = {},
  database?: DatabaseHandle,
  options: Pick<CreateAppOptions, 'collab'> = {},
): Promise<TestApp> {
  const config: AppConfig = loadAppConfig({
    NODE_ENV: 'test',
    SEED_DEMO: 'false',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'idgov-test-')),
    ...env,
  });
  const db = database ?? (await openTestDatabase(kind));
  const app = await createApp(config, db, { logger: ['error'], ...options });
  const server = app.getHttpServer() as Parameters<typeof request>[0];
  // Suites act as a platform administrator unless they sign in as someone else.
  const admin = await app.get(UsersService).create({
    email: `admin-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`,
    displayName: 'Test administrator',
    password: testAdminPassword,
    isPlatformAdmin: true,
  });
  const adminToken = (await app.get(AuthService).login(admin.email, testAdminPassword, 'test'))
    .token;
  return {
    app,
    database: db,
    http: () => request(server),
    adminToken,
    async gql<T>(
      query: string,
      variables?: Record<string, unknown>,
      token: string | null = adminToken,
    ) {
      const req = request(server).post('/graphql').set('content-type', 'application/json');
      if (token) {
        req.set('authorization', `Bearer ${token}`);
      }
      const res = await req.send({ query, variables });
      if (res.status >= 500) {
        throw new Error(`GraphQL answered ${res.status}: ${res.text}`);
      }
      return res.body as GraphqlResponse<T>;
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}

// Returns the data of a response that must have succeeded, or fails with its errors.
export function expectData<T>(response: GraphqlResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

export function errorOf(response: GraphqlResponse<unknown>): { code?: string; field?: string } {
  const error = response.errors?.[0];
  if (!error) {
    throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
  }
  return { code: error.extensions?.code, field: error.extensions?.field };
}

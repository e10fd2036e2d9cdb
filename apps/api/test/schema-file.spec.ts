import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printAppSchema } from '../src/core/graphql/print-schema.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// The web app's typed operations are generated from apps/api/schema.gql; a stale file would let
// the web app compile against a schema the API no longer serves.
describe('apps/api/schema.gql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(() => t.close());

  it('matches the schema the resolvers define (run `npx nx run api:schema` to refresh)', () => {
    const committed = readFileSync(new URL('../schema.gql', import.meta.url), 'utf8');
    expect(printAppSchema(t.app)).toBe(committed);
  });
});

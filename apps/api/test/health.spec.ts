import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from './support/test-database.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe.each(testEngines())('GET /health on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('reports ok and the database engine in use', async () => {
    const res = await t.http().get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: engine });
  });

  it('answers 503 when the database is gone', async () => {
    const other = await startTestApp(engine);
    await other.database.close();
    const res = await other.http().get('/health');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'error', database: engine });
    await other.app.close();
  });
});

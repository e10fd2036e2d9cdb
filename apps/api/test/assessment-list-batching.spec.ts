import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from 'typeorm';
import { createAssessment } from './factories/assessment.factory.js';
import { expectData, startTestApp, type TestApp } from './support/test-app.js';
import { openTestDatabase } from './support/test-database.js';

class QueryCounter implements Logger {
  selects = 0;
  logQuery(query: string): void {
    if (/^\s*SELECT/i.test(query)) {
      this.selects += 1;
    }
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

const listWithTrees = `{ assessments { id elements { subElements { key details { questions { key } } } } } }`;

describe('assessment list with customised trees', () => {
  const counter = new QueryCounter();
  let t: TestApp;
  beforeAll(async () => {
    const db = await openTestDatabase('pglite');
    t = await startTestApp(
      'pglite',
      {},
      {
        ...db,
        options: { ...db.options, logging: ['query'], logger: counter },
      },
    );
  });
  afterAll(() => t.close());

  it('reads the trees of many assessments in the same number of queries as one', async () => {
    await createAssessment(t);
    counter.selects = 0;
    expectData(await t.gql(listWithTrees));
    const forOne = counter.selects;

    for (let i = 0; i < 5; i += 1) {
      await createAssessment(t);
    }
    counter.selects = 0;
    const data = expectData(await t.gql<{ assessments: unknown[] }>(listWithTrees));
    expect(data.assessments).toHaveLength(6);
    expect(counter.selects).toBe(forOne);
    // session (two statements), memberships, assessments, then one batch each for the trees
    expect(forOne).toBeLessThanOrEqual(6);
  });
});

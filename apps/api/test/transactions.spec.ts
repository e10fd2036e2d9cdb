import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { AssessmentEntity } from '../src/modules/assessments/assessment.entity.js';
import { createAssessment } from './factories/assessment.factory.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

describe.each(testEngines())('transactions on %s', (engine) => {
  let t: TestApp;
  let dataSource: DataSource;
  beforeAll(async () => {
    t = await startTestApp(engine);
    dataSource = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('rolls back every write of a failed transaction', async () => {
    const a = await createAssessment(t, { title: 'Before' });
    await expect(
      dataSource.transaction(async (m) => {
        await m.update(AssessmentEntity, { id: a.id }, { title: 'Inside' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(
      (await dataSource.getRepository(AssessmentEntity).findOneByOrFail({ id: a.id })).title,
    ).toBe('Before');
  });

  it('keeps a rolled-back transaction out of a concurrent one that commits', async () => {
    const a = await createAssessment(t, { title: 'Start' });
    const failing = dataSource.transaction(async (m) => {
      await m.update(AssessmentEntity, { id: a.id }, { scope: 'from the failing transaction' });
      await new Promise((r) => setTimeout(r, 50));
      throw new Error('abort');
    });
    const committing = dataSource.transaction(async (m) => {
      await m.update(AssessmentEntity, { id: a.id }, { title: 'Committed' });
    });
    const results = await Promise.allSettled([failing, committing]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    const row = await dataSource.getRepository(AssessmentEntity).findOneByOrFail({ id: a.id });
    expect(row.title).toBe('Committed');
    expect(row.scope).not.toBe('from the failing transaction');
  });

  it('refuses a row that breaks a constraint, leaving nothing behind', async () => {
    const before = await dataSource.getRepository(AssessmentEntity).count();
    await expect(
      dataSource.query(
        `INSERT INTO assessment (title, country, framework_version) VALUES ('x', 'zz', '1')`,
      ),
    ).rejects.toThrow(/assessment_country_iso/);
    expect(await dataSource.getRepository(AssessmentEntity).count()).toBe(before);
  });
});

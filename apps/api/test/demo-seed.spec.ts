import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoSeeder, demoAccounts, demoAssessmentTitle } from '../src/database/seed/demo-seeder.js';
import { assessmentTree } from './support/assessment-tree.query.js';
import { expectData, startTestApp, type TestApp } from './support/test-app.js';

describe('demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite', { SEED_DEMO: 'true' });
  });
  afterAll(() => t.close());

  it('creates the Republic of Example once, with customisations to explore', async () => {
    await t.app.get(DemoSeeder).seedIfEmpty();
    const { assessments } = expectData(
      await t.gql<{ assessments: { id: string; title: string; country: string }[] }>(
        `{ assessments { id title country } }`,
      ),
    );
    expect(assessments).toEqual([
      expect.objectContaining({ title: demoAssessmentTitle, country: 'ZZ' }),
    ]);
    const tree = await assessmentTree(t, assessments[0]?.id as string);
    const questions = tree.flatMap((e) =>
      e.subElements.flatMap((s) => s.details.flatMap((d) => d.questions)),
    );
    expect(new Set(questions.map((q) => q.provenance))).toEqual(
      new Set(['FRAMEWORK', 'REWORDED', 'CUSTOM']),
    );
    expect(tree.flatMap((e) => e.subElements).filter((s) => !s.enabled)).toHaveLength(1);
  });

  it('creates the demo accounts, which sign in with the demo password', async () => {
    for (const account of demoAccounts) {
      const res = await t.gql<{ login: { user: { email: string; isPlatformAdmin: boolean } } }>(
        `mutation($e: String!) { login(email: $e, password: "example-demo-2026") { user { email isPlatformAdmin } } }`,
        { e: account.email },
      );
      expect(expectData(res).login.user).toEqual({
        email: account.email,
        isPlatformAdmin: account.email === 'admin@demo.local',
      });
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assessmentFields,
  createAssessment,
  type AssessmentResult,
} from './factories/assessment.factory.js';
import { expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

describe.each(testEngines())('assessment lifecycle on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('creates, lists, reads, updates, archives and restores an assessment', async () => {
    const created = await createAssessment(t, {
      title: '  Zambia 2026  ',
      country: 'zm',
      nationalUseCases: ['Social protection', 'Social protection', 'Elections'],
    });
    expect(created).toMatchObject({
      title: 'Zambia 2026',
      country: 'ZM',
      phase: 'PREPARE',
      allowedNextPhases: ['ANALYSE'],
      nationalUseCases: ['Social protection', 'Elections'],
      archived: false,
    });

    const list = expectData(
      await t.gql<{ assessments: AssessmentResult[] }>(`{ assessments { id title } }`),
    );
    expect(list.assessments.map((a) => a.id)).toContain(created.id);

    const updated = expectData(
      await t.gql<{ updateAssessment: AssessmentResult }>(
        `mutation($id: ID!, $input: UpdateAssessmentInput!) {
          updateAssessment(id: $id, input: $input) { ${assessmentFields} } }`,
        { id: created.id, input: { scope: 'Civil registration only', title: null } },
      ),
    ).updateAssessment;
    expect(updated).toMatchObject({ title: 'Zambia 2026', scope: 'Civil registration only' });

    const archived = expectData(
      await t.gql<{ archiveAssessment: AssessmentResult }>(
        `mutation($id: ID!) { archiveAssessment(id: $id) { ${assessmentFields} } }`,
        { id: created.id },
      ),
    ).archiveAssessment;
    expect(archived.archived).toBe(true);
    expect(archived.allowedNextPhases).toEqual([]);

    const active = expectData(
      await t.gql<{ assessments: { id: string }[] }>(`{ assessments { id } }`),
    );
    expect(active.assessments.map((a) => a.id)).not.toContain(created.id);
    const all = expectData(
      await t.gql<{ assessments: { id: string }[] }>(
        `{ assessments(includeArchived: true) { id } }`,
      ),
    );
    expect(all.assessments.map((a) => a.id)).toContain(created.id);

    const restored = expectData(
      await t.gql<{ restoreAssessment: AssessmentResult }>(
        `mutation($id: ID!) { restoreAssessment(id: $id) { archived } }`,
        { id: created.id },
      ),
    ).restoreAssessment;
    expect(restored.archived).toBe(false);

    const read = expectData(
      await t.gql<{ assessment: AssessmentResult }>(
        `query($id: ID!) { assessment(id: $id) { ${assessmentFields} } }`,
        {
          id: created.id,
        },
      ),
    ).assessment;
    expect(read).toMatchObject({
      id: created.id,
      scope: 'Civil registration only',
      archived: false,
    });
  });
});

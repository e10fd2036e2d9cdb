import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreateAssessmentInput, createAssessment } from './factories/assessment.factory.js';
import { errorOf, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const create = `mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }`;

describe.each(testEngines())('assessment bad input on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it.each([
    ['an unknown country code', { country: 'QQ' }, 'country'],
    ['a three-letter country code', { country: 'ZMB' }, 'country'],
    ['an empty title', { title: '   ' }, 'title'],
    ['an overlong title', { title: 'x'.repeat(201) }, 'title'],
    ['an empty national use case', { nationalUseCases: ['ok', ' '] }, 'nationalUseCases.1'],
  ])('rejects %s with BAD_USER_INPUT naming the field', async (_label, overrides, field) => {
    const res = await t.gql(create, { input: buildCreateAssessmentInput(overrides) });
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(res.data).toBeNull();
  });

  it('answers NOT_FOUND for a well-formed unknown id and a malformed one alike', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id', "1' OR '1'='1"]) {
      const res = await t.gql(`query($id: ID!) { assessment(id: $id) { id } }`, { id });
      expect(errorOf(res)).toEqual({ code: 'NOT_FOUND', field: 'id' });
    }
  });

  it('refuses an illegal phase change with INVALID_PHASE_TRANSITION', async () => {
    const a = await createAssessment(t);
    const change = `mutation($id: ID!, $phase: AssessmentPhase!) { changeAssessmentPhase(id: $id, phase: $phase) { phase } }`;
    expect(errorOf(await t.gql(change, { id: a.id, phase: 'ENGAGE' }))).toEqual({
      code: 'INVALID_PHASE_TRANSITION',
      field: 'phase',
    });
    expect(errorOf(await t.gql(change, { id: a.id, phase: 'PREPARE' }))).toEqual({
      code: 'INVALID_PHASE_TRANSITION',
      field: 'phase',
    });
  });

  it('refuses changes to an archived assessment with ASSESSMENT_ARCHIVED', async () => {
    const a = await createAssessment(t);
    await t.gql(`mutation($id: ID!) { archiveAssessment(id: $id) { id } }`, { id: a.id });
    const res = await t.gql(
      `mutation($id: ID!) { updateAssessment(id: $id, input: { title: "New" }) { id } }`,
      { id: a.id },
    );
    expect(errorOf(res)).toEqual({ code: 'ASSESSMENT_ARCHIVED', field: 'id' });
  });

  it('answers a schema violation (unknown enum value) as a client error, never a 500', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: `mutation { changeAssessmentPhase(id: "x", phase: DONE) { id } }` });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

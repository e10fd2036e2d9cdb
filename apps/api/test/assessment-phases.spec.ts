import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment } from './factories/assessment.factory.js';
import { errorOf, expectData, startTestApp, type TestApp } from './support/test-app.js';

// The checklists are tested in phase-gate-checks.spec.ts; this walks the state machine, with a
// moderator's override for the checks an empty assessment cannot meet.
const change = `mutation($id: ID!, $phase: AssessmentPhase!) {
  changeAssessmentPhase(id: $id, phase: $phase, overrideReason: "Testing the phases") {
    phase allowedNextPhases } }`;

describe('assessment phases', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(() => t.close());

  it('walks PREPARE → ANALYSE → ENGAGE → COMPLETED, with steps back allowed and COMPLETED final', async () => {
    const a = await createAssessment(t);
    const step = async (phase: string) =>
      expectData(
        await t.gql<{ changeAssessmentPhase: { phase: string; allowedNextPhases: string[] } }>(
          change,
          { id: a.id, phase },
        ),
      ).changeAssessmentPhase;

    expect(await step('ANALYSE')).toEqual({
      phase: 'ANALYSE',
      allowedNextPhases: ['ENGAGE', 'PREPARE'],
    });
    expect(await step('PREPARE')).toEqual({ phase: 'PREPARE', allowedNextPhases: ['ANALYSE'] });
    await step('ANALYSE');
    expect(await step('ENGAGE')).toEqual({
      phase: 'ENGAGE',
      allowedNextPhases: ['COMPLETED', 'ANALYSE'],
    });
    expect(await step('COMPLETED')).toEqual({ phase: 'COMPLETED', allowedNextPhases: [] });
    for (const phase of ['PREPARE', 'ANALYSE', 'ENGAGE']) {
      expect(errorOf(await t.gql(change, { id: a.id, phase })).code).toBe(
        'INVALID_PHASE_TRANSITION',
      );
    }
  });
});

import { setStatus } from '@idgov/assessment-doc';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ProgressRecorder } from '../src/modules/progress/progress-recorder.js';
import { buildEvidenceInput, createEvidence } from './factories/evidence.factory.js';
import {
  buildRecommendationInput,
  createRecommendation,
  updateRecommendationMutation,
} from './factories/recommendation.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { assessmentTree } from './support/assessment-tree.query.js';
import { errorOf, expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const move = `mutation($id: ID!, $phase: AssessmentPhase!, $reason: String) {
  changeAssessmentPhase(id: $id, phase: $phase, overrideReason: $reason) { phase } }`;
const checklistQuery = `query($id: ID!, $to: AssessmentPhase!) {
  phaseChecklist(assessmentId: $id, to: $to) { from to gated allMet checks { key met count total } } }`;

interface Checklist {
  gated: boolean;
  allMet: boolean;
  checks: { key: string; met: boolean; count: number | null; total: number | null }[];
}

// Moving forwards checks the checklist of the phase being left; unmet checks refuse the move
// unless a moderator gives a reason, kept on the audit log. Stepping back is never gated.
describe.each(testEngines())('phase gates on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  let id: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
    id = team.assessment.id;
  });
  afterAll(() => t.close());

  const checklist = async (to: string, token = team.observer.token) =>
    expectData(await t.gql<{ phaseChecklist: Checklist }>(checklistQuery, { id, to }, token))
      .phaseChecklist;
  const phase = (to: string, reason?: string, token = team.moderator.token) =>
    t.gql<{ changeAssessmentPhase: { phase: string } }>(move, { id, phase: to, reason }, token);
  const unmetOf = (res: Awaited<ReturnType<typeof phase>>) =>
    (res.errors?.[0]?.extensions as { unmet?: string[] } | undefined)?.unmet;

  it('refuses to leave Prepare with unmet checks, naming them', async () => {
    const list = await checklist('ANALYSE');
    expect(list.gated).toBe(true);
    expect(list.allMet).toBe(false);
    const byKey = Object.fromEntries(list.checks.map((c) => [c.key, c]));
    expect(byKey['assessment.evidenceGathered']).toMatchObject({ met: false, count: 0 });
    expect(byKey['assessment.subElementsStarted']).toMatchObject({ met: false, count: 0 });
    expect(byKey['assessment.subElementsStarted']?.total).toBeGreaterThan(0);
    const res = await phase('ANALYSE');
    expect(errorOf(res)).toEqual({ code: 'PHASE_CHECKS_UNMET', field: 'phase' });
    expect(unmetOf(res)).toEqual(
      expect.arrayContaining(['assessment.evidenceGathered', 'assessment.subElementsStarted']),
    );
  });

  it('refuses an override without a reason, and an observer or contributor outright', async () => {
    expect(errorOf(await phase('ANALYSE', '   '))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'overrideReason',
    });
    expect(errorOf(await phase('ANALYSE', 'x'.repeat(501))).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await phase('ANALYSE', 'Because', team.ministry.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await phase('ANALYSE', 'Because', team.observer.token)).code).toBe('FORBIDDEN');
  });

  it('moves on once the Prepare checks are met', async () => {
    await createEvidence(t, buildEvidenceInput(id), team.moderator.token);
    const tree = await assessmentTree(t, id);
    for (const element of tree) {
      const doc = new Y.Doc();
      for (const s of element.subElements.filter((x) => x.enabled)) {
        const first = s.details[0]?.questions[0]?.key;
        if (first) {
          setStatus(doc, first, 'DRAFTING');
        }
      }
      await t.app.get(ProgressRecorder).record(id, element.key, doc);
    }
    expect((await checklist('ANALYSE')).allMet).toBe(true);
    expect(expectData(await phase('ANALYSE')).changeAssessmentPhase.phase).toBe('ANALYSE');
  });

  it('steps back without checks, and forward again with an audited override', async () => {
    const back = await checklist('PREPARE');
    expect(back).toMatchObject({ gated: false, allMet: true, checks: [] });
    expectData(await phase('PREPARE'));
    expectData(await phase('ANALYSE'));
    // ANALYSE → ENGAGE: whatever other domains register; then Engage needs recommendations.
    const toEngage = await checklist('ENGAGE');
    expectData(await phase('ENGAGE', toEngage.allMet ? undefined : 'Workshop moved up'));
    const engage = await checklist('COMPLETED');
    expect(engage.checks.find((c) => c.key === 'recommendations.atLeastOne')).toMatchObject({
      met: false,
      count: 0,
    });
    const res = await phase('COMPLETED');
    expect(unmetOf(res)).toContain('recommendations.atLeastOne');
    expectData(await phase('COMPLETED', '  Recommendations are in the ministry’s own plan  '));
    const rows = await t.app.get(DataSource).query<{ summary: Record<string, unknown> }[]>(
      `SELECT summary FROM audit_event WHERE assessment_id = $1 AND action = 'assessment.phase'
         ORDER BY seq DESC LIMIT 1`,
      [id],
    );
    expect(rows[0]?.summary).toMatchObject({
      from: 'ENGAGE',
      to: 'COMPLETED',
      overridden: true,
      overrideReason: 'Recommendations are in the ministry’s own plan',
      unmet: expect.arrayContaining(['recommendations.atLeastOne']) as unknown,
    });
  });

  it('counts agreed recommendations without a responsible institution', async () => {
    const a = team.other.id;
    const gql = (query: string, variables: Record<string, unknown>) => t.gql(query, variables);
    expect(errorOf(await gql(checklistQuery, { id: a, to: 'COMPLETED' }))).toEqual({
      code: 'INVALID_PHASE_TRANSITION',
      field: 'to',
    });
    for (const to of ['ANALYSE', 'ENGAGE']) {
      expectData(await gql(move, { id: a, phase: to, reason: 'Testing recommendations' }));
    }
    const r = await createRecommendation(t, buildRecommendationInput(a, { status: 'AGREED' }));
    const checksOf = async () =>
      expectData(
        await t.gql<{ phaseChecklist: Checklist }>(checklistQuery, { id: a, to: 'COMPLETED' }),
      ).phaseChecklist.checks.filter((c) => c.key.startsWith('recommendations.'));
    expect(await checksOf()).toEqual([
      { key: 'recommendations.atLeastOne', met: true, count: 1, total: null },
      { key: 'recommendations.agreedHaveInstitution', met: false, count: 0, total: 1 },
    ]);
    expectData(
      await gql(updateRecommendationMutation, {
        a,
        id: r.id,
        input: { responsibleInstitutionName: 'National Registration Bureau' },
      }),
    );
    expect((await checksOf())[1]).toMatchObject({ met: true, count: 1, total: 1 });
  });
});

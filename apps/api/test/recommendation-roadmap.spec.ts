import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildRecommendationInput,
  createRecommendation,
} from './factories/recommendation.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const roadmapQuery = `query($a: ID!, $by: RoadmapGrouping!) {
  implementationRoadmap(assessmentId: $a, groupBy: $by) {
    key elementKey organisationId institutionName recommendations { title } } }`;

interface Group {
  key: string;
  elementKey: string | null;
  organisationId: string | null;
  institutionName: string | null;
  recommendations: { title: string }[];
}

// The implementation roadmap groups recommendations by element (framework order) or by
// responsible institution, each group ordered by timeframe then priority, dropped ones left out.
describe.each(testEngines())('implementation roadmap on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  let roadmap: (by: string) => Promise<Group[]>;
  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
    const a = team.assessment.id;
    const add = (title: string, extra: Parameters<typeof buildRecommendationInput>[1]) =>
      createRecommendation(t, buildRecommendationInput(a, { title, ...extra }));
    const legal = team.assignedElement;
    const user = team.unassignedElement;
    await add('legal long high', { elementKey: legal, timeframe: 'LONG_TERM', priority: 'HIGH' });
    await add('legal short low', {
      elementKey: legal,
      timeframe: 'SHORT_TERM',
      priority: 'LOW',
      responsibleOrganisationId: team.orgs.ministry,
    });
    await add('legal short high', {
      elementKey: legal,
      timeframe: 'SHORT_TERM',
      priority: 'HIGH',
      responsibleInstitutionName: 'Parliament',
    });
    await add('user medium medium', {
      elementKey: user,
      timeframe: 'MEDIUM_TERM',
      priority: 'MEDIUM',
      responsibleOrganisationId: team.orgs.ministry,
    });
    await add('user dropped', { elementKey: user, status: 'DROPPED' });
    roadmap = async (by) =>
      expectData(
        await t.gql<{ implementationRoadmap: Group[] }>(
          roadmapQuery,
          { a, by },
          team.observer.token,
        ),
      ).implementationRoadmap;
  });
  afterAll(() => t.close());

  it('groups by element in framework order, soonest and most pressing first', async () => {
    const groups = await roadmap('ELEMENT');
    expect(groups.map((g) => g.elementKey)).toEqual([team.assignedElement, team.unassignedElement]);
    expect(groups[0]?.recommendations.map((r) => r.title)).toEqual([
      'legal short high',
      'legal short low',
      'legal long high',
    ]);
    expect(groups[1]?.recommendations.map((r) => r.title)).toEqual(['user medium medium']);
  });

  it('groups by institution: organisations, then names, then none yet', async () => {
    const groups = await roadmap('INSTITUTION');
    expect(groups.map((g) => [g.organisationId, g.institutionName])).toEqual([
      [team.orgs.ministry, null],
      [null, 'Parliament'],
      [null, null],
    ]);
    expect(groups[0]?.recommendations.map((r) => r.title)).toEqual([
      'legal short low',
      'user medium medium',
    ]);
    expect(groups[2]).toMatchObject({ key: '', recommendations: [{ title: 'legal long high' }] });
  });
});

import { addFinding } from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildRatingInput,
  changeElement,
  structureOf,
  submitRatingMutation,
} from './factories/analysis.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

interface Finding {
  id: string;
  text: string;
}
interface MatrixResult {
  elements: {
    elementKey: string;
    divergentCount: number;
    counts: Record<string, number>;
    subElements: {
      subElementKey: string;
      counts: Record<string, number>;
      strengths: Finding[];
      weaknesses: Finding[];
      informationGaps: Finding[];
      risks: Finding[];
      ratings: { divergent: boolean; consolidated: { rating: string } | null };
    }[];
  }[];
}

const matrixQuery = `query($a: ID!) { analysisMatrix(assessmentId: $a) { elements {
  elementKey divergentCount counts { strengths weaknesses informationGaps risks }
  subElements { subElementKey counts { strengths weaknesses informationGaps risks }
    strengths { id text } weaknesses { id text } informationGaps { id text } risks { id text }
    ratings { divergent consolidated { rating } } } } } }`;

// The strengths-and-weaknesses matrix: findings of enabled sub-elements by kind, with ratings.
describe.each(testEngines())('analysis matrix on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  let subs: { subElementKey: string }[] = [];
  const a = () => team.assessment.id;

  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
    subs = await structureOf(t, a(), team.assignedElement);
  });
  afterAll(async () => {
    await t.close();
  });

  it('groups findings by kind per sub-element and totals them per element', async () => {
    const [first, second] = subs.map((s) => s.subElementKey) as [string, string];
    let strength = '';
    await changeElement(t, a(), team.assignedElement, (doc) => {
      strength = addFinding(doc, first, 'STRENGTH', 'The Identity Act is in force');
      addFinding(doc, first, 'WEAKNESS', 'No independent oversight');
      addFinding(doc, first, 'WEAKNESS', 'Appeals take years');
      addFinding(doc, second, 'RISK', 'Function creep');
      addFinding(doc, 'not-a-sub-element', 'STRENGTH', 'Ignored');
    });
    expectData(
      await t.gql(
        `mutation($input: SetSubElementEnabledInput!) { setSubElementEnabled(input: $input) { key } }`,
        {
          input: {
            assessmentId: a(),
            subElementKey: second,
            enabled: false,
            reason: 'Out of scope',
          },
        },
      ),
    );
    const { analysisMatrix } = expectData(
      await t.gql<{ analysisMatrix: MatrixResult }>(matrixQuery, { a: a() }, team.observer.token),
    );
    const element = analysisMatrix.elements.find((e) => e.elementKey === team.assignedElement);
    expect(element?.subElements.map((s) => s.subElementKey)).not.toContain(second);
    const row = element?.subElements.find((s) => s.subElementKey === first);
    expect(row?.strengths).toEqual([{ id: strength, text: 'The Identity Act is in force' }]);
    expect(row?.weaknesses.map((f) => f.text)).toEqual([
      'No independent oversight',
      'Appeals take years',
    ]);
    expect(row?.counts).toEqual({ strengths: 1, weaknesses: 2, informationGaps: 0, risks: 0 });
    expect(element?.counts).toEqual({ strengths: 1, weaknesses: 2, informationGaps: 0, risks: 0 });
    expect(analysisMatrix.elements.length).toBeGreaterThan(1);
  });

  it('shows divergence and the consolidated rating beside the findings', async () => {
    const first = subs[0]?.subElementKey ?? '';
    for (const [person, rating] of [
      [team.ministry, 'MEETS_TARGET'],
      [team.cso, 'NOT_MET'],
    ] as const) {
      expectData(
        await t.gql(
          submitRatingMutation,
          { input: buildRatingInput(a(), first, { rating }) },
          person.token,
        ),
      );
    }
    expectData(
      await t.gql(
        `mutation($input: SetConsolidatedRatingInput!) { setConsolidatedRating(input: $input) { total } }`,
        {
          input: {
            assessmentId: a(),
            subElementKey: first,
            rating: 'PARTIAL',
            rationale: 'Weighed both views',
          },
        },
        team.moderator.token,
      ),
    );
    const { analysisMatrix } = expectData(
      await t.gql<{ analysisMatrix: MatrixResult }>(matrixQuery, { a: a() }, team.cso.token),
    );
    const element = analysisMatrix.elements.find((e) => e.elementKey === team.assignedElement);
    expect(element?.divergentCount).toBe(1);
    expect(element?.subElements[0]?.ratings).toEqual({
      divergent: true,
      consolidated: { rating: 'PARTIAL' },
    });
  });

  it('is hidden from outsiders', async () => {
    const res = await t.gql(matrixQuery, { a: a() }, team.outsider.token);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

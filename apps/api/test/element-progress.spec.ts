import { addFinding, setRating, setStatus } from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ProgressRecorder } from '../src/modules/progress/progress-recorder.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { assessmentTree } from './support/assessment-tree.query.js';
import { errorOf, expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const elementQuery = `query($a: ID!, $e: String!) { elementAssessment(assessmentId: $a, elementKey: $e) {
  documentName elementKey title viewerActions
  progress { counts { questionCount drafting readyForReview notStarted partial unrated weaknesses }
    subElements { subElementKey counts { questionCount } } } } }`;
const progressQuery = `query($id: ID!) { assessment(id: $id) { progress {
  counts { questionCount drafting partial weaknesses }
  elements { elementKey counts { questionCount drafting } updatedAt } } } }`;

interface Counts {
  questionCount: number;
  drafting: number;
  partial: number;
  weaknesses: number;
}

describe.each(testEngines())('element assessment progress on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  let questionKeys: string[];
  let subElementKeys: string[];
  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
    const element = (await assessmentTree(t, team.assessment.id)).find(
      (e) => e.key === team.assignedElement,
    );
    subElementKeys = element?.subElements.map((s) => s.key) ?? [];
    questionKeys =
      element?.subElements[0]?.details.flatMap((d) => d.questions.map((q) => q.key)) ?? [];
  });
  afterAll(() => t.close());

  const progress = async () =>
    expectData(
      await t.gql<{
        assessment: {
          progress: {
            counts: Counts;
            elements: { elementKey: string; counts: Counts; updatedAt: string | null }[];
          };
        };
      }>(progressQuery, { id: team.assessment.id }, team.reviewer.token),
    ).assessment.progress;

  it('names the document and what the viewer may do, with nothing started yet', async () => {
    const asMinistry = expectData(
      await t.gql<{ elementAssessment: { documentName: string; viewerActions: string[] } }>(
        elementQuery,
        { a: team.assessment.id, e: team.assignedElement },
        team.ministry.token,
      ),
    ).elementAssessment;
    expect(asMinistry.documentName).toBe(
      `assessment.${team.assessment.id}.element.${team.assignedElement}`,
    );
    expect(asMinistry.viewerActions).toContain('element.edit');
    const asCso = expectData(
      await t.gql<{ elementAssessment: { viewerActions: string[] } }>(
        elementQuery,
        { a: team.assessment.id, e: team.assignedElement },
        team.cso.token,
      ),
    ).elementAssessment;
    expect(asCso.viewerActions).not.toContain('element.edit');
    const before = await progress();
    expect(before.counts.drafting).toBe(0);
    expect(before.elements).toHaveLength(8);
    expect(before.elements.every((e) => e.updatedAt === null)).toBe(true);
  });

  it('counts what the document holds, over the structure the assessment has today', async () => {
    const doc = new Y.Doc();
    const [first, second] = questionKeys;
    setStatus(doc, first ?? '', 'DRAFTING');
    setRating(doc, first ?? '', 'PARTIAL');
    setStatus(doc, second ?? '', 'DRAFTING');
    addFinding(doc, subElementKeys[0] ?? '', 'WEAKNESS', 'No appeal route');
    await t.app.get(ProgressRecorder).record(team.assessment.id, team.assignedElement, doc);
    const after = await progress();
    const element = after.elements.find((e) => e.elementKey === team.assignedElement);
    expect(element?.counts.drafting).toBe(2);
    expect(element?.updatedAt).not.toBeNull();
    expect(after.counts).toMatchObject({ drafting: 2, partial: 1, weaknesses: 1 });

    // Leaving the first sub-element out of the assessment leaves its answers out of the counts.
    expectData(
      await t.gql(
        `mutation($input: SetSubElementEnabledInput!) { setSubElementEnabled(input: $input) { key } }`,
        {
          input: {
            assessmentId: team.assessment.id,
            subElementKey: subElementKeys[0],
            enabled: false,
            reason: 'Covered by the national audit office',
          },
        },
      ),
    );
    const narrowed = await progress();
    expect(narrowed.counts).toMatchObject({ drafting: 0, partial: 0, weaknesses: 0 });
    expect(narrowed.counts.questionCount).toBe(after.counts.questionCount - questionKeys.length);
  });

  it('refuses an element the framework does not have', async () => {
    const res = await t.gql(
      elementQuery,
      { a: team.assessment.id, e: 'no-such-element' },
      team.moderator.token,
    );
    expect(errorOf(res)).toEqual({ code: 'NOT_FOUND', field: 'elementKey' });
  });
});

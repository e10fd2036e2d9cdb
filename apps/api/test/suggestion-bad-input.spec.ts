import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSuggestChangeInput,
  suggest,
  type SuggestChangeVars,
} from './factories/suggestion.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { assessmentTree } from './support/assessment-tree.query.js';
import { startCollabTestApp, type CollabTestApp } from './support/collab-test-app.js';
import { errorOf } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

// Bad suggestions answer a clear error with the field concerned, and store nothing.
describe.each(testEngines())('suggestion bad input on %s', (engine) => {
  let t: CollabTestApp;
  let team: Team;
  let questionKey = '';
  let subElementKey = '';
  let otherQuestionKey = '';
  const build = (overrides: Partial<SuggestChangeVars>) =>
    buildSuggestChangeInput(team.assessment.id, team.assignedElement, {
      questionKey,
      ...overrides,
    });
  const refusal = async (overrides: Partial<SuggestChangeVars>) =>
    errorOf(await suggest(t, build(overrides), team.reviewer.token));

  beforeAll(async () => {
    t = await startCollabTestApp(engine);
    team = await createTeam(t);
    const tree = await assessmentTree(t, team.assessment.id);
    const subElement = tree.find((e) => e.key === team.assignedElement)?.subElements[0];
    subElementKey = subElement?.key ?? '';
    questionKey = subElement?.details[0]?.questions[0]?.key ?? '';
    const other = tree.find((e) => e.key === team.unassignedElement)?.subElements[0];
    otherQuestionKey = other?.details[0]?.questions[0]?.key ?? '';
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses missing, misplaced and meaningless fields', async () => {
    expect(await refusal({ reason: '   ' })).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await refusal({ reason: 'x'.repeat(2001) })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect(await refusal({ proposedRating: null })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'proposedRating',
    });
    expect(await refusal({ proposedText: 'A rating has no text' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'proposedText',
    });
    expect(
      await refusal({ kind: 'ANSWER', proposedRating: null, proposedText: 'x'.repeat(20001) }),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'proposedText' });
    expect(
      await refusal({
        kind: 'FINDING',
        questionKey: null,
        proposedRating: null,
        subElementKey,
        proposedFindingKind: 'RISK',
        proposedText: '  ',
      }),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'proposedText' });
    const badEnum = await t.gql(
      `mutation($input: SuggestChangeInput!) { suggestChange(input: $input) { id } }`,
      { input: build({ proposedRating: 'EXCELLENT' }) },
      team.reviewer.token,
    );
    expect(badEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses anchors outside the element and the assessment', async () => {
    expect(await refusal({ questionKey: 'no-such-question' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'questionKey',
    });
    expect(await refusal({ questionKey: otherQuestionKey })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'questionKey',
    });
    expect(
      await refusal({
        kind: 'FINDING',
        questionKey: null,
        proposedRating: null,
        subElementKey: 'not-a-sub-element',
        proposedFindingKind: 'RISK',
        proposedText: 'Risk',
      }),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'subElementKey' });
    expect(
      await refusal({
        kind: 'FINDING',
        questionKey: null,
        proposedRating: null,
        subElementKey,
        findingId: 'no-such-finding',
        proposedFindingKind: 'RISK',
        proposedText: 'Risk',
      }),
    ).toEqual({ code: 'NOT_FOUND', field: 'findingId' });
    expect(await refusal({ elementKey: 'no-such-element' })).toEqual({
      code: 'NOT_FOUND',
      field: 'elementKey',
    });
    expect(await refusal({ assessmentId: 'not-an-id' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a proposal equal to the current value, and unknown suggestions', async () => {
    expect(await refusal({ kind: 'ANSWER', proposedRating: null, proposedText: '' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'proposedText',
    });
    const unknown = await t.gql(
      `mutation($a: ID!, $s: ID!) { rejectSuggestion(assessmentId: $a, suggestionId: $s, reason: "No") { id } }`,
      { a: team.assessment.id, s: '00000000-0000-4000-8000-000000000000' },
      team.moderator.token,
    );
    expect(errorOf(unknown)).toEqual({ code: 'NOT_FOUND', field: 'suggestionId' });
    const malformed = await t.gql(
      `mutation($a: ID!, $s: ID!) { acceptSuggestion(assessmentId: $a, suggestionId: $s) { id } }`,
      { a: team.assessment.id, s: 'nope' },
      team.moderator.token,
    );
    expect(errorOf(malformed)).toEqual({ code: 'NOT_FOUND', field: 'suggestionId' });
    const rows = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM suggestion`);
    expect(Number(rows[0]?.n)).toBe(0);
  });
});

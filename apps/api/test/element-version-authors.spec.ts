import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildElementVersionInput,
  createElementVersion,
  versionsQuery,
  type ElementVersionResult,
} from './factories/element-version.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const elementKey = 'data-protection-and-privacy';

// A version's author is shown as the members module shows people: a civil-society member who
// chose a pseudonym is never named to those who may not see identities.
describe.each(testEngines())('who named a version, per viewer, on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
    expectData(
      await t.gql(`mutation($input: AssignElementInput!) { assignElement(input: $input) }`, {
        input: { assessmentId: team.assessment.id, elementKey, leadOrganisationId: team.orgs.cso },
      }),
    );
    expectData(
      await t.gql(
        `mutation($a: ID!) { setMyAttribution(assessmentId: $a, attribution: PSEUDONYM) { label } }`,
        { a: team.assessment.id },
        team.cso.token,
      ),
    );
    await createElementVersion(
      t,
      buildElementVersionInput(team.assessment.id, elementKey, { name: 'By the CSO' }),
      team.cso.token,
    );
    await createElementVersion(
      t,
      buildElementVersionInput(team.assessment.id, elementKey, { name: 'By the administrator' }),
    );
  });
  afterAll(() => t.close());

  const versionsAs = async (token: string) =>
    expectData(
      await t.gql<{ elementVersions: ElementVersionResult[] }>(
        versionsQuery,
        { a: team.assessment.id, e: elementKey },
        token,
      ),
    ).elementVersions;

  it('lists newest first and hides a pseudonymous author’s name from other members', async () => {
    const seen = await versionsAs(team.ministry.token);
    expect(seen.map((v) => v.name)).toEqual(['By the administrator', 'By the CSO']);
    expect(seen[1]?.author?.label).toMatch(/^Civil society contributor \d+$/);
    expect(seen[1]?.author).toMatchObject({ displayName: null, userId: null });
    expect(JSON.stringify(seen)).not.toContain('Cleo Civil');
    // Not a member of the assessment: no one is named.
    expect(seen[0]?.author).toBeNull();
  });

  it('names the author to moderators and tells the author it was them', async () => {
    const moderator = await versionsAs(team.moderator.token);
    expect(moderator[1]?.author).toMatchObject({ label: 'Cleo Civil', userId: team.cso.user.id });
    const own = await versionsAs(team.cso.token);
    expect(own[1]).toMatchObject({ createdByYou: true, author: { displayName: 'Cleo Civil' } });
  });
});

import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from './factories/team.factory.js';
import { errorOf, expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

interface Member {
  label: string;
  userId: string | null;
  displayName: string | null;
  email: string | null;
  organisation: { name: string; type: string } | null;
  isYou: boolean;
  attribution: string;
}

const membersQuery = `query($id: ID!) { assessment(id: $id) { members {
  label userId displayName email organisation { name type } isYou attribution
} } }`;

const setAttribution = `mutation($id: ID!, $a: Attribution!) {
  setMyAttribution(assessmentId: $id, attribution: $a) { attribution label }
}`;

describe.each(testEngines())('how members see each other on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
  });
  afterAll(() => t.close());

  const membersAs = async (token: string): Promise<Member[]> =>
    expectData(
      await t.gql<{ assessment: { members: Member[] } }>(
        membersQuery,
        { id: team.assessment.id },
        token,
      ),
    ).assessment.members;

  const csoAs = async (token: string): Promise<Member> => {
    const found = (await membersAs(token)).find(
      (m) => m.organisation?.type === 'CIVIL_SOCIETY' || m.label.startsWith('Civil society'),
    );
    if (!found) {
      throw new Error('the civil-society member is missing');
    }
    return found;
  };

  it('shows names to everyone by default, and email addresses only to moderators and the person', async () => {
    const byMinistry = await membersAs(team.ministry.token);
    expect(byMinistry.map((m) => m.displayName)).toContain('Cleo Civil');
    expect(byMinistry.filter((m) => !m.isYou).every((m) => m.email === null)).toBe(true);
    expect(byMinistry.find((m) => m.isYou)?.email).toBe(team.ministry.user.email);
    const byModerator = await membersAs(team.moderator.token);
    expect(byModerator.find((m) => m.displayName === 'Cleo Civil')?.email).toBe(
      team.cso.user.email,
    );
  });

  it('hides a pseudonymous civil-society member from government, but not from moderators', async () => {
    expectData(
      await t.gql(setAttribution, { id: team.assessment.id, a: 'PSEUDONYM' }, team.cso.token),
    );
    expectData(
      await t.gql(`mutation($input: AssignElementInput!) { assignElement(input: $input) }`, {
        input: {
          assessmentId: team.assessment.id,
          elementKey: team.unassignedElement,
          userIds: [team.cso.user.id],
        },
      }),
    );
    const seenByMinistry = await csoAs(team.ministry.token);
    expect(seenByMinistry).toMatchObject({
      userId: null,
      displayName: null,
      email: null,
      organisation: null,
      attribution: 'PSEUDONYM',
    });
    expect(seenByMinistry.label).toMatch(/^Civil society contributor \d+$/);
    const body = JSON.stringify(
      await t.gql(
        `query($id: ID!) { assessment(id: $id) { members { id label } elementAssignments { assignedUserIds } } }`,
        { id: team.assessment.id },
        team.reviewer.token,
      ),
    );
    expect(body).not.toContain('Cleo');
    expect(body).not.toContain(team.cso.user.id);
    expect(body).not.toContain(team.cso.user.email);

    const seenByModerator = await csoAs(team.moderator.token);
    expect(seenByModerator).toMatchObject({
      displayName: 'Cleo Civil',
      email: team.cso.user.email,
      userId: team.cso.user.id,
    });
    // The pseudonym stays the same when asked again.
    expect((await csoAs(team.observer.token)).label).toBe(seenByMinistry.label);
  });

  it('shows only the organisation when the member chooses so', async () => {
    expectData(
      await t.gql(setAttribution, { id: team.assessment.id, a: 'ORGANISATION' }, team.cso.token),
    );
    const seen = await csoAs(team.ministry.token);
    expect(seen.displayName).toBeNull();
    expect(seen.organisation?.type).toBe('CIVIL_SOCIETY');
    expect(seen.label).toBe(seen.organisation?.name);
  });

  it('keeps government and UNDP members on their names', async () => {
    const res = await t.gql(
      setAttribution,
      { id: team.assessment.id, a: 'PSEUDONYM' },
      team.ministry.token,
    );
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'attribution' });
  });

  it('records attribution changes on the audit log without the name', async () => {
    const rows = await t.app
      .get(DataSource)
      .query<{ summary: unknown; actor: string }[]>(
        `SELECT summary, actor FROM audit_event WHERE action = 'member.attribution'`,
      );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(rows)).not.toContain('Cleo');
    expect(JSON.stringify(rows)).not.toContain(team.cso.user.email);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTeam, signIn, type Team } from './factories/team.factory.js';
import { createUser } from './factories/user.factory.js';
import { errorOf, expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const permissionsQuery = `query($id: ID!) { assessment(id: $id) { permissions
  elementAssignments { elementKey viewerActions } } }`;
const changeRole = `mutation($a: ID!, $u: ID!, $r: AssessmentRole!) {
  changeAssessmentMemberRole(assessmentId: $a, userId: $u, role: $r) { role } }`;
const remove = `mutation($a: ID!, $u: ID!) { removeAssessmentMember(assessmentId: $a, userId: $u) }`;

interface Permissions {
  assessment: {
    permissions: string[];
    elementAssignments: { elementKey: string; viewerActions: string[] }[];
  };
}

describe.each(testEngines())('assessment roles on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
  });
  afterAll(() => t.close());

  const permissionsAs = async (token: string) =>
    expectData(await t.gql<Permissions>(permissionsQuery, { id: team.assessment.id }, token))
      .assessment;
  const actionsOn = (p: Permissions['assessment'], elementKey: string) =>
    p.elementAssignments.find((e) => e.elementKey === elementKey)?.viewerActions;

  it('lets contributors edit the elements assigned to their organisation only', async () => {
    const ministry = await permissionsAs(team.ministry.token);
    expect(ministry.permissions).toEqual([
      'assessment.read',
      'evidence.create',
      'gaps.manage',
      'ratings.submit',
      'workshops.vote',
      'recommendations.manage',
    ]);
    expect(actionsOn(ministry, team.assignedElement)).toContain('element.edit');
    expect(actionsOn(ministry, team.unassignedElement)).not.toContain('element.edit');
    const cso = await permissionsAs(team.cso.token);
    expect(actionsOn(cso, team.assignedElement)).toEqual([
      'element.read',
      'element.comment',
      'element.suggest',
    ]);
    const observer = await permissionsAs(team.observer.token);
    expect(actionsOn(observer, team.assignedElement)).toEqual(['element.read']);
    const moderator = await permissionsAs(team.moderator.token);
    expect(moderator.permissions).toContain('members.manage');
    expect(actionsOn(moderator, team.unassignedElement)).toContain('element.edit');
  });

  it('answers a member of another assessment exactly as for a missing one', async () => {
    const missing = await t.gql(permissionsQuery, { id: crypto.randomUUID() }, team.outsider.token);
    const hidden = await t.gql(permissionsQuery, { id: team.assessment.id }, team.outsider.token);
    expect(errorOf(hidden)).toEqual(errorOf(missing));
    expect(hidden.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const list = expectData(
      await t.gql<{ assessments: { id: string }[] }>(
        `{ assessments { id } }`,
        {},
        team.outsider.token,
      ),
    );
    expect(list.assessments.map((a) => a.id)).toEqual([team.other.id]);
  });

  it('applies a role change and a removal on the very next request', async () => {
    const user = await createUser(t);
    await addMember(t, team.assessment.id, user.id, 'OBSERVER');
    const token = await signIn(t, user);
    expect(actionsOn(await permissionsAs(token), team.unassignedElement)).toEqual(['element.read']);

    expectData(
      await t.gql(
        changeRole,
        { a: team.assessment.id, u: user.id, r: 'REVIEWER' },
        team.moderator.token,
      ),
    );
    expect(actionsOn(await permissionsAs(token), team.unassignedElement)).toContain(
      'element.suggest',
    );

    expectData(await t.gql(remove, { a: team.assessment.id, u: user.id }, team.moderator.token));
    const after = await t.gql(permissionsQuery, { id: team.assessment.id }, token);
    expect(errorOf(after).code).toBe('NOT_FOUND');
  });

  it('leaves the appointment of moderators to platform administrators', async () => {
    const user = await createUser(t);
    const res = await t.gql(
      `mutation($input: AddAssessmentMemberInput!) { addAssessmentMember(input: $input) { id } }`,
      { input: { assessmentId: team.assessment.id, userId: user.id, role: 'MODERATOR' } },
      team.moderator.token,
    );
    expect(errorOf(res)).toEqual({ code: 'FORBIDDEN', field: 'role' });
    const demote = await t.gql(
      changeRole,
      { a: team.assessment.id, u: team.moderator.user.id, r: 'OBSERVER' },
      team.moderator.token,
    );
    expect(errorOf(demote).code).toBe('FORBIDDEN');
  });

  it('refuses member management to everyone but moderators', async () => {
    for (const who of [team.ministry, team.cso, team.reviewer, team.observer]) {
      const res = await t.gql(
        remove,
        { a: team.assessment.id, u: team.observer.user.id },
        who.token,
      );
      expect(errorOf(res).code).toBe('FORBIDDEN');
    }
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import {
  acceptInvitation,
  buildInviteInput,
  inviteMember,
  previewQuery,
} from './factories/invitation.factory.js';
import type { Team } from './factories/team.factory.js';
import { createUser, testPassword } from './factories/user.factory.js';
import type { MailCatcher } from './support/mail-catcher.js';
import { useTeamWithMail } from './support/team-with-mail.js';
import { errorOf, expectData, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const login = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;

describe.each(testEngines())('accepting an invitation with an existing account on %s', (engine) => {
  let t: TestApp;
  let mail: MailCatcher;
  let team: Team;
  const fixture = useTeamWithMail(engine);
  beforeAll(() => void ({ t, mail, team } = fixture));

  it('asks for the account’s password, refusing a wrong one as sign-in does', async () => {
    const user = await createUser(t, { displayName: 'Esther Existing' });
    const sent = await inviteMember(
      t,
      mail,
      buildInviteInput(team.assessment.id, { email: user.email, role: 'REVIEWER' }),
      team.moderator.token,
    );
    const preview = expectData(
      await t.gql<{ invitation: { accountExists: boolean } }>(
        previewQuery,
        { token: sent.token },
        null,
      ),
    );
    expect(preview.invitation.accountExists).toBe(true);

    const wrong = await acceptInvitation(t, { token: sent.token, password: 'not the password!' });
    const failedLogin = await t.gql(login, { e: user.email, p: 'not the password!' }, null);
    expect(errorOf(wrong)).toEqual({ code: 'UNAUTHENTICATED', field: undefined });
    expect(wrong.errors?.[0]?.message).toBe(failedLogin.errors?.[0]?.message);

    // The refused attempt left the invitation usable.
    const accepted = expectData(
      await acceptInvitation(t, {
        token: sent.token,
        password: testPassword,
        displayName: 'Ignored Name',
      }),
    ).acceptInvitation;
    expect(accepted.user).toEqual({
      id: user.id,
      email: user.email,
      displayName: 'Esther Existing',
    });
    const accounts = await t.app
      .get(DataSource)
      .query<{ id: string }[]>('SELECT id FROM user_account WHERE email = $1', [user.email]);
    expect(accounts).toEqual([{ id: user.id }]);
    const me = expectData(
      await t.gql<{ assessment: { permissions: string[] } }>(
        `query($id: ID!) { assessment(id: $id) { permissions } }`,
        { id: team.assessment.id },
        accepted.token,
      ),
    );
    expect(me.assessment.permissions).toEqual([
      'assessment.read',
      'ratings.submit',
      'workshops.vote',
    ]);
  });

  it('counts wrong passwords against the sign-in rate limit', async () => {
    const user = await createUser(t);
    const sent = await inviteMember(
      t,
      mail,
      buildInviteInput(team.assessment.id, { email: user.email }),
    );
    for (let i = 0; i < 10; i += 1) {
      await acceptInvitation(t, { token: sent.token, password: `wrong password ${i}` });
    }
    const res = await acceptInvitation(t, { token: sent.token, password: testPassword });
    expect(errorOf(res).code).toBe('RATE_LIMITED');
  });

  it('answers CONFLICT when the person became a member in the meantime', async () => {
    const user = await createUser(t);
    const sent = await inviteMember(
      t,
      mail,
      buildInviteInput(team.assessment.id, { email: user.email }),
    );
    expectData(
      await t.gql(
        `mutation($input: AddAssessmentMemberInput!) { addAssessmentMember(input: $input) { id } }`,
        { input: { assessmentId: team.assessment.id, userId: user.id, role: 'OBSERVER' } },
      ),
    );
    const res = await acceptInvitation(t, { token: sent.token, password: testPassword });
    expect(errorOf(res).code).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toBe('You are already a member of this assessment');
  });
});

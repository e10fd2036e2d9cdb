import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuthService } from '../src/modules/auth/auth.service.js';
import type { UserEntity } from '../src/modules/users/user.entity.js';
import { acceptMutation, buildInviteInput, inviteMember } from './factories/invitation.factory.js';
import type { Team } from './factories/team.factory.js';
import { createUser } from './factories/user.factory.js';
import type { MailCatcher } from './support/mail-catcher.js';
import { useTeamWithMail } from './support/team-with-mail.js';
import { errorOf, expectData, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

// People who signed in through single sign-on have no password: their session proves them.
describe.each(testEngines())('accepting an invitation while signed in on %s', (engine) => {
  let t: TestApp;
  let mail: MailCatcher;
  let team: Team;
  const fixture = useTeamWithMail(engine);
  beforeAll(() => void ({ t, mail, team } = fixture));

  const sessionOf = async (user: UserEntity): Promise<string> =>
    (
      await t.app
        .get(DataSource)
        .transaction((m) => t.app.get(AuthService).startSession(m, user, 'oidc'))
    ).token;

  const invite = async (email: string) =>
    (
      await inviteMember(
        t,
        mail,
        buildInviteInput(team.assessment.id, { email, role: 'REVIEWER' }),
        team.moderator.token,
      )
    ).token;

  it('needs no password from the invited account’s own session', async () => {
    const user = await createUser(t, { password: null, displayName: 'Sam Single-Sign-On' });
    const token = await invite(user.email);
    const res = await t.gql<{ acceptInvitation: { user: { id: string } } }>(
      acceptMutation,
      { input: { token } },
      await sessionOf(user),
    );
    expect(expectData(res).acceptInvitation.user.id).toBe(user.id);
    const { assessment } = expectData(
      await t.gql<{ assessment: { members: { isYou: boolean; role: string }[] } }>(
        `query($id: ID!) { assessment(id: $id) { members { isYou role } } }`,
        { id: team.assessment.id },
        await sessionOf(user),
      ),
    );
    expect(assessment.members.find((m) => m.isYou)?.role).toBe('REVIEWER');
  });

  it('still asks for the password when signed in as someone else, or not at all', async () => {
    const invited = await createUser(t, { displayName: 'Ina Invited' });
    const token = await invite(invited.email);
    const other = await createUser(t, { displayName: 'Oscar Other' });
    const asOther = await t.gql(acceptMutation, { input: { token } }, await sessionOf(other));
    expect(errorOf(asOther)).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
    const anonymous = await t.gql(acceptMutation, { input: { token } }, null);
    expect(errorOf(anonymous)).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
  });
});

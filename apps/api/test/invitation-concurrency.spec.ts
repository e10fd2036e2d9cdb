import { beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import {
  acceptInvitation,
  buildInviteInput,
  inviteMember,
} from './factories/invitation.factory.js';
import type { Team } from './factories/team.factory.js';
import { createUser, testPassword } from './factories/user.factory.js';
import type { MailCatcher } from './support/mail-catcher.js';
import { useTeamWithMail } from './support/team-with-mail.js';
import { errorOf, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

describe.each(testEngines())('concurrent acceptances on %s', (engine) => {
  let t: TestApp;
  let mail: MailCatcher;
  let team: Team;
  const fixture = useTeamWithMail(engine);
  beforeAll(() => void ({ t, mail, team } = fixture));

  const membersWithEmail = (email: string) =>
    t.app.get(DataSource).query<{ role: string }[]>(
      `SELECT m.role FROM assessment_member m JOIN user_account u ON u.id = m.user_id
          WHERE m.assessment_id = $1 AND u.email = $2`,
      [team.assessment.id, email],
    );

  it('lets exactly one of two simultaneous acceptances of a new account succeed', async () => {
    const sent = await inviteMember(t, mail, buildInviteInput(team.assessment.id));
    const input = { token: sent.token, displayName: 'Twin', password: 'twelve chars or more' };
    const results = await Promise.all([acceptInvitation(t, input), acceptInvitation(t, input)]);
    const succeeded = results.filter((r) => r.data?.acceptInvitation);
    expect(succeeded).toHaveLength(1);
    expect(errorOf(results.find((r) => !r.data?.acceptInvitation) ?? {})).toEqual({
      code: 'NOT_FOUND',
      field: 'token',
    });
    expect(await membersWithEmail(sent.invitation.email)).toEqual([{ role: 'CONTRIBUTOR' }]);
    const accounts = await t.app
      .get(DataSource)
      .query<unknown[]>('SELECT 1 FROM user_account WHERE email = $1', [sent.invitation.email]);
    expect(accounts).toHaveLength(1);
  });

  it('lets exactly one of two simultaneous acceptances with an existing account succeed', async () => {
    const user = await createUser(t);
    const sent = await inviteMember(
      t,
      mail,
      buildInviteInput(team.assessment.id, { email: user.email, role: 'OBSERVER' }),
    );
    const input = { token: sent.token, password: testPassword };
    const results = await Promise.all([acceptInvitation(t, input), acceptInvitation(t, input)]);
    expect(results.filter((r) => r.data?.acceptInvitation)).toHaveLength(1);
    expect(errorOf(results.find((r) => !r.data?.acceptInvitation) ?? {}).code).toBe('NOT_FOUND');
    expect(await membersWithEmail(user.email)).toEqual([{ role: 'OBSERVER' }]);
  });

  it('numbers members accepted at the same time into one assessment without collisions', async () => {
    const sent = await Promise.all(
      [1, 2, 3].map(() => inviteMember(t, mail, buildInviteInput(team.assessment.id))),
    );
    const results = await Promise.all(
      sent.map((s, i) =>
        acceptInvitation(t, {
          token: s.token,
          displayName: `Parallel ${i}`,
          password: testPassword,
        }),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import {
  acceptInvitation,
  buildInviteInput,
  inviteMember,
  inviteMutation,
} from './factories/invitation.factory.js';
import type { Team } from './factories/team.factory.js';
import type { MailCatcher } from './support/mail-catcher.js';
import { useTeamWithMail } from './support/team-with-mail.js';
import { errorOf, expectData, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

describe.each(testEngines())('what an invitation accepts on %s', (engine) => {
  let t: TestApp;
  let mail: MailCatcher;
  let team: Team;
  const fixture = useTeamWithMail(engine);
  beforeAll(() => void ({ t, mail, team } = fixture));

  const invite = (overrides: Record<string, unknown>) =>
    t.gql(
      inviteMutation,
      { input: { ...buildInviteInput(team.assessment.id), ...overrides } },
      team.moderator.token,
    );

  it('names the field of a malformed email or organisation', async () => {
    for (const email of ['', 'not-an-address', 'two@@example.org', `${'x'.repeat(320)}@e.org`]) {
      expect(errorOf(await invite({ email }))).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    }
    expect(errorOf(await invite({ organisationId: 'nope' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'organisationId',
    });
    expect(errorOf(await invite({ organisationId: crypto.randomUUID() }))).toEqual({
      code: 'NOT_FOUND',
      field: 'organisationId',
    });
    expect(mail.received).toEqual([]);
  });

  it('refuses someone who is already a member, whatever the case of the address', async () => {
    const res = await invite({ email: team.reviewer.user.email.toUpperCase() });
    expect(errorOf(res)).toEqual({ code: 'CONFLICT', field: 'email' });
  });

  it('refuses invitations to an archived assessment', async () => {
    const id = team.assessment.id;
    expectData(await t.gql(`mutation($id: ID!) { archiveAssessment(id: $id) { id } }`, { id }));
    try {
      expect(errorOf(await invite({})).code).toBe('ASSESSMENT_ARCHIVED');
    } finally {
      expectData(await t.gql(`mutation($id: ID!) { restoreAssessment(id: $id) { id } }`, { id }));
    }
  });

  it('asks a new person for a name and a password of 12 characters or more', async () => {
    const sent = await inviteMember(t, mail, buildInviteInput(team.assessment.id));
    const noName = await acceptInvitation(t, {
      token: sent.token,
      password: 'long enough password',
    });
    expect(errorOf(noName)).toEqual({ code: 'BAD_USER_INPUT', field: 'displayName' });
    const short = await acceptInvitation(t, {
      token: sent.token,
      displayName: 'Sam Short',
      password: 'elevenchars',
    });
    expect(errorOf(short)).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
    // Refused attempts do not use the invitation up.
    expectData(
      await acceptInvitation(t, {
        token: sent.token,
        displayName: 'Sam Short',
        password: 'long enough password',
      }),
    );
  });
});

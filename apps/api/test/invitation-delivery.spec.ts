import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildInviteInput,
  invitationsQuery,
  inviteMutation,
  type InvitationResult,
} from './factories/invitation.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import type { MailCatcher } from './support/mail-catcher.js';
import { useTeamWithMail } from './support/team-with-mail.js';
import { errorOf, expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

describe.each(testEngines())('invitation email delivery on %s', (engine) => {
  let t: TestApp;
  let mail: MailCatcher;
  let team: Team;
  const fixture = useTeamWithMail(engine);
  beforeAll(() => void ({ t, mail, team } = fixture));

  it('reports MAIL_FAILED and leaves no live invitation when the mail server refuses', async () => {
    const input = buildInviteInput(team.assessment.id);
    mail.refuseRecipients = true;
    const res = await t.gql(inviteMutation, { input }, team.moderator.token).finally(() => {
      mail.refuseRecipients = false;
    });
    expect(errorOf(res).code).toBe('MAIL_FAILED');
    expect(res.errors?.[0]?.message).toBe('The email could not be sent; try again later');
    const listed = expectData(
      await t.gql<{ invitations: InvitationResult[] }>(
        invitationsQuery,
        { a: team.assessment.id },
        team.moderator.token,
      ),
    ).invitations.filter((i) => i.email === input.email);
    expect(listed.map((i) => i.status)).toEqual(['REVOKED']);
    expect(mail.received).toEqual([]);
  });
});

describe('invitations without SMTP_URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(() => t.close());

  // The message goes to the server log instead (see src/core/mail/log-mailer.spec.ts).
  it('still creates the invitation', async () => {
    const team = await createTeam(t);
    const res = await t.gql<{ inviteMember: InvitationResult }>(inviteMutation, {
      input: buildInviteInput(team.assessment.id),
    });
    expect(expectData(res).inviteMember.status).toBe('PENDING');
  });
});

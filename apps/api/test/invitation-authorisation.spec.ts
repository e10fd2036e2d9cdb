import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildInviteInput,
  invitationsQuery,
  inviteMember,
  inviteMutation,
  revokeMutation,
  type SentInvitation,
} from './factories/invitation.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { startMailCatcher, type MailCatcher } from './support/mail-catcher.js';
import { errorOf, expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

describe.each(testEngines())('who may manage invitations on %s', (engine) => {
  let t: TestApp;
  let mail: MailCatcher;
  let team: Team;
  let pending: SentInvitation;
  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp(engine, { SMTP_URL: mail.url });
    team = await createTeam(t);
    pending = await inviteMember(t, mail, buildInviteInput(team.assessment.id));
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  const attempts = (token: string | null) => [
    t.gql(inviteMutation, { input: buildInviteInput(team.assessment.id) }, token),
    t.gql(invitationsQuery, { a: team.assessment.id }, token),
    t.gql(revokeMutation, { a: team.assessment.id, i: pending.invitation.id }, token),
  ];

  it('refuses contributors, reviewers and observers', async () => {
    for (const who of [team.ministry, team.cso, team.reviewer, team.observer]) {
      for (const res of await Promise.all(attempts(who.token))) {
        expect(errorOf(res).code).toBe('FORBIDDEN');
      }
    }
  });

  it('answers someone outside the assessment as if it did not exist, and anonymous callers with sign-in', async () => {
    for (const res of await Promise.all(attempts(team.outsider.token))) {
      expect(errorOf(res)).toEqual({ code: 'NOT_FOUND', field: 'assessmentId' });
    }
    for (const res of await Promise.all(attempts(null))) {
      expect(errorOf(res).code).toBe('UNAUTHENTICATED');
    }
    expect(mail.received).toHaveLength(1); // only the invitation made in beforeAll
  });

  it('leaves inviting (and revoking) moderators to platform administrators', async () => {
    const asModerator = await t.gql(
      inviteMutation,
      { input: buildInviteInput(team.assessment.id, { role: 'MODERATOR' }) },
      team.moderator.token,
    );
    expect(errorOf(asModerator)).toEqual({ code: 'FORBIDDEN', field: 'role' });
    const byAdmin = await inviteMember(
      t,
      mail,
      buildInviteInput(team.assessment.id, { role: 'MODERATOR' }),
    );
    expect(byAdmin.invitation.role).toBe('MODERATOR');
    const revoke = await t.gql(
      revokeMutation,
      { a: team.assessment.id, i: byAdmin.invitation.id },
      team.moderator.token,
    );
    expect(errorOf(revoke)).toEqual({ code: 'FORBIDDEN', field: 'role' });
  });

  it('answers an invitation of another assessment exactly like a missing one', async () => {
    const elsewhere = await inviteMember(
      t,
      mail,
      buildInviteInput(team.other.id),
      team.outsider.token,
    );
    const hidden = await t.gql(
      revokeMutation,
      { a: team.assessment.id, i: elsewhere.invitation.id },
      team.moderator.token,
    );
    const missing = await t.gql(
      revokeMutation,
      { a: team.assessment.id, i: crypto.randomUUID() },
      team.moderator.token,
    );
    expect(errorOf(hidden)).toEqual({ code: 'NOT_FOUND', field: 'invitationId' });
    expect(hidden.errors).toEqual(missing.errors);
    const listed = expectData(
      await t.gql<{ invitations: { id: string }[] }>(
        invitationsQuery,
        { a: team.assessment.id },
        team.moderator.token,
      ),
    ).invitations.map((i) => i.id);
    expect(listed).toContain(pending.invitation.id);
    expect(listed).not.toContain(elsewhere.invitation.id);
  });
});

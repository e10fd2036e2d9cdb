import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  acceptInvitation,
  acceptMutation,
  buildInviteInput,
  invitationsQuery,
  inviteMember,
  previewQuery,
  revokeMutation,
  type InvitationResult,
} from './factories/invitation.factory.js';
import type { Team } from './factories/team.factory.js';
import type { MailCatcher } from './support/mail-catcher.js';
import { useTeamWithMail } from './support/team-with-mail.js';
import { errorOf, expectData, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const publicUrl = 'https://idgov.example.org';
const newPassword = 'a long enough new password';

describe.each(testEngines())('invitation lifecycle on %s', (engine) => {
  let t: TestApp;
  let mail: MailCatcher;
  let team: Team;
  const fixture = useTeamWithMail(engine, { PUBLIC_URL: publicUrl });
  beforeAll(() => void ({ t, mail, team } = fixture));

  const statusOf = async (invitationId: string): Promise<string | undefined> =>
    expectData(
      await t.gql<{ invitations: InvitationResult[] }>(
        invitationsQuery,
        { a: team.assessment.id },
        team.moderator.token,
      ),
    ).invitations.find((i) => i.id === invitationId)?.status;

  it('emails a link that creates the account and membership, signs in, and works once', async () => {
    const sent = await inviteMember(
      t,
      mail,
      buildInviteInput(team.assessment.id, {
        email: '  New.Person@Example.ORG ',
        organisationId: team.orgs.ministry,
      }),
      team.moderator.token,
    );
    expect(sent.invitation).toMatchObject({
      email: 'new.person@example.org',
      role: 'CONTRIBUTOR',
      status: 'PENDING',
      organisation: { id: team.orgs.ministry },
    });
    expect(mail.lastTo('new.person@example.org').headers).toMatch(
      /^To: new\.person@example\.org/im,
    );
    // The token rides in the fragment, which browsers never send to a server.
    expect(sent.link).toBe(`${publicUrl}/invitations/accept#token=${sent.token}`);

    const preview = expectData(
      await t.gql<{ invitation: Record<string, unknown> }>(
        previewQuery,
        { token: sent.token },
        null,
      ),
    ).invitation;
    expect(preview).toMatchObject({
      assessmentTitle: team.assessment.title,
      role: 'CONTRIBUTOR',
      organisationName: expect.stringContaining('GOVERNMENT') as unknown,
      email: 'new.person@example.org',
      accountExists: false,
    });

    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({
        query: acceptMutation,
        variables: {
          input: { token: sent.token, displayName: 'Nadia New', password: newPassword },
        },
      });
    const accepted = res.body.data.acceptInvitation as { token: string; user: { id: string } };
    expect(res.body.data.acceptInvitation.user).toMatchObject({
      email: 'new.person@example.org',
      displayName: 'Nadia New',
    });
    expect(String(res.headers['set-cookie'])).toMatch(/idgov_session=[A-Za-z0-9_-]+;.*HttpOnly/);

    const members = expectData(
      await t.gql<{
        assessment: {
          members: { isYou: boolean; role: string; organisation: { id: string } | null }[];
        };
      }>(
        `query($id: ID!) { assessment(id: $id) { members { isYou role organisation { id } } } }`,
        { id: team.assessment.id },
        accepted.token,
      ),
    ).assessment.members;
    expect(members.filter((m) => m.isYou)).toEqual([
      { isYou: true, role: 'CONTRIBUTOR', organisation: { id: team.orgs.ministry } },
    ]);
    const orgRows = await t.app
      .get(DataSource)
      .query<unknown[]>(
        `SELECT 1 FROM organisation_member WHERE organisation_id = $1 AND user_id = $2`,
        [team.orgs.ministry, accepted.user.id],
      );
    expect(orgRows).toHaveLength(1);
    expect(await statusOf(sent.invitation.id)).toBe('ACCEPTED');

    // Single use: the link now opens nothing.
    expect(
      expectData(await t.gql(previewQuery, { token: sent.token }, null)).invitation,
    ).toBeNull();
    const again = await acceptInvitation(t, {
      token: sent.token,
      displayName: 'Someone Else',
      password: newPassword,
    });
    expect(errorOf(again)).toEqual({ code: 'NOT_FOUND', field: 'token' });
  });

  it('keeps the token and the address out of the database and the audit log', async () => {
    const email = 'private.person@example.org';
    const sent = await inviteMember(t, mail, buildInviteInput(team.assessment.id, { email }));
    expectData(
      await acceptInvitation(t, { token: sent.token, displayName: 'Pia', password: newPassword }),
    );
    const db = t.app.get(DataSource);
    const invitations = await db.query<unknown[]>('SELECT * FROM invitation');
    expect(JSON.stringify(invitations)).not.toContain(sent.token);
    const events = await db.query<{ action: string; actor: string; summary: unknown }[]>(
      'SELECT action, actor, summary, target_id FROM audit_event ORDER BY seq',
    );
    const logged = JSON.stringify(events);
    expect(logged).not.toContain(sent.token);
    expect(logged).not.toContain(email);
    expect(logged).not.toContain('Pia');
    const pseudonym = (
      await db.query<{ audit_pseudonym: string }[]>(
        'SELECT audit_pseudonym FROM user_account WHERE email = $1',
        [email],
      )
    )[0]?.audit_pseudonym;
    expect(events.filter((e) => e.actor === pseudonym).map((e) => e.action)).toEqual([
      'member.add',
      'invitation.accept',
      'auth.login',
    ]);
  });

  it('refuses an expired link', async () => {
    const sent = await inviteMember(t, mail, buildInviteInput(team.assessment.id));
    await t.app
      .get(DataSource)
      .query(
        `UPDATE invitation SET created_at = now() - interval '8 days', expires_at = now() - interval '1 day' WHERE id = $1`,
        [sent.invitation.id],
      );
    expect(await statusOf(sent.invitation.id)).toBe('EXPIRED');
    expect(
      expectData(await t.gql(previewQuery, { token: sent.token }, null)).invitation,
    ).toBeNull();
    const res = await acceptInvitation(t, {
      token: sent.token,
      displayName: 'Late Larry',
      password: newPassword,
    });
    expect(errorOf(res)).toEqual({ code: 'NOT_FOUND', field: 'token' });
  });

  it('refuses a revoked link and one that a newer invitation replaced', async () => {
    const revoked = await inviteMember(t, mail, buildInviteInput(team.assessment.id));
    const res = expectData(
      await t.gql<{ revokeInvitation: InvitationResult }>(
        revokeMutation,
        { a: team.assessment.id, i: revoked.invitation.id },
        team.moderator.token,
      ),
    );
    expect(res.revokeInvitation.status).toBe('REVOKED');

    const input = buildInviteInput(team.assessment.id);
    const first = await inviteMember(t, mail, input);
    const second = await inviteMember(t, mail, { ...input, role: 'REVIEWER' });
    expect(await statusOf(first.invitation.id)).toBe('REVOKED');
    expect(await statusOf(second.invitation.id)).toBe('PENDING');

    for (const dead of [revoked, first]) {
      expect(
        expectData(await t.gql(previewQuery, { token: dead.token }, null)).invitation,
      ).toBeNull();
      const accept = await acceptInvitation(t, {
        token: dead.token,
        displayName: 'Rejected Rita',
        password: newPassword,
      });
      expect(accept.errors?.[0]?.message).toBe(
        'This invitation has expired or has already been used',
      );
    }
    expectData(
      await acceptInvitation(t, {
        token: second.token,
        displayName: 'Current Carla',
        password: newPassword,
      }),
    );
  });
});

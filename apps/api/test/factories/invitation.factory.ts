import type { AssessmentRole } from '@idgov/authz';
import { invitationLinkIn, type MailCatcher } from '../support/mail-catcher.js';
import { expectData, type GraphqlResponse, type TestApp } from '../support/test-app.js';

export interface InviteVars {
  assessmentId: string;
  email: string;
  role: AssessmentRole;
  organisationId?: string | null;
}

export interface InvitationResult {
  id: string;
  email: string;
  role: AssessmentRole;
  status: 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';
  organisation: { id: string; name: string } | null;
  expiresAt: string;
  createdAt: string;
}

export const invitationFields = 'id email role status organisation { id name } expiresAt createdAt';

export const inviteMutation = `mutation($input: InviteMemberInput!) {
  inviteMember(input: $input) { ${invitationFields} } }`;
export const invitationsQuery = `query($a: ID!) { invitations(assessmentId: $a) { ${invitationFields} } }`;
export const revokeMutation = `mutation($a: ID!, $i: ID!) {
  revokeInvitation(assessmentId: $a, invitationId: $i) { ${invitationFields} } }`;
export const previewQuery = `query($token: String!) { invitation(token: $token) {
  assessmentTitle role organisationName email accountExists expiresAt } }`;
export const acceptMutation = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { token user { id email displayName } } }`;

let counter = 0;

export function buildInviteInput(
  assessmentId: string,
  overrides: Partial<InviteVars> = {},
): InviteVars {
  counter += 1;
  return {
    assessmentId,
    email: `invitee${counter}.${Date.now()}@example.org`,
    role: 'CONTRIBUTOR',
    organisationId: null,
    ...overrides,
  };
}

export interface SentInvitation {
  invitation: InvitationResult;
  link: string;
  token: string;
}

// Invites through the API (as the administrator unless a token is given) and reads the link from
// the email the test's SMTP server received.
export async function inviteMember(
  t: TestApp,
  mail: MailCatcher,
  input: InviteVars,
  token?: string,
): Promise<SentInvitation> {
  const data = expectData(
    await t.gql<{ inviteMember: InvitationResult }>(inviteMutation, { input }, token),
  );
  const received = mail.lastTo(data.inviteMember.email);
  return { invitation: data.inviteMember, ...invitationLinkIn(received) };
}

export interface AcceptVars {
  token: string;
  password: string;
  displayName?: string | null;
}

export function acceptInvitation(
  t: TestApp,
  input: AcceptVars,
): Promise<
  GraphqlResponse<{
    acceptInvitation: { token: string; user: { id: string; email: string; displayName: string } };
  }>
> {
  return t.gql(acceptMutation, { input }, null);
}

import { buildInviteInput } from '../../factories/invitation.factory.js';
import { everyone, moderators, type MatrixCase } from './matrix.types.js';

const newPassword = 'a long enough new password';

export const invitationCases: MatrixCase[] = [
  {
    operation: 'Query.invitations',
    document: `query($a: ID!) { invitations(assessmentId: $a) { id } }`,
    variants: [
      {
        name: 'this assessment',
        allow: moderators,
        variables: (ctx) => ({ a: ctx.team.assessment.id }),
      },
    ],
  },
  {
    operation: 'Mutation.inviteMember',
    document: `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
    variants: [
      {
        name: 'a contributor',
        allow: moderators,
        variables: (ctx) => ({
          input: buildInviteInput(ctx.team.assessment.id, { organisationId: ctx.team.orgs.cso }),
        }),
      },
      {
        name: 'a moderator',
        allow: ['admin'],
        variables: (ctx) => ({
          input: buildInviteInput(ctx.team.assessment.id, { role: 'MODERATOR' }),
        }),
      },
    ],
  },
  {
    operation: 'Mutation.revokeInvitation',
    document: `mutation($a: ID!, $i: ID!) { revokeInvitation(assessmentId: $a, invitationId: $i) { status } }`,
    variants: [
      {
        name: "this assessment's invitation",
        allow: moderators,
        variables: async (ctx) => ({
          a: ctx.team.assessment.id,
          i: (await ctx.invite(ctx.team.assessment.id)).id,
        }),
      },
      {
        name: "another assessment's invitation, named as this one's",
        allow: [],
        denials: { admin: 'NOT_FOUND', moderator: 'NOT_FOUND' },
        variables: async (ctx) => ({
          a: ctx.team.assessment.id,
          i: (await ctx.invite(ctx.team.other.id)).id,
        }),
      },
    ],
  },
  {
    operation: 'Query.invitation',
    document: `query($token: String!) { invitation(token: $token) { assessmentTitle } }`,
    variants: [
      {
        name: 'by the link holder',
        allow: everyone,
        variables: async (ctx) => ({ token: (await ctx.invite(ctx.team.assessment.id)).token }),
        granted: (data) => data['invitation'] !== null,
      },
    ],
  },
  {
    operation: 'Mutation.acceptInvitation',
    document: `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }`,
    variants: [
      {
        name: 'by the link holder, as a new account',
        allow: everyone,
        variables: async (ctx) => ({
          input: {
            token: (await ctx.invite(ctx.team.assessment.id)).token,
            displayName: 'Newcomer',
            password: newPassword,
          },
        }),
      },
    ],
  },
  {
    operation: 'Query.authProviders',
    document: `query { authProviders { id } }`,
    variants: [{ name: 'sign-in page', allow: everyone, variables: () => ({}) }],
  },
];

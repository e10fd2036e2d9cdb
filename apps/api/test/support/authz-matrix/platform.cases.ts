import { createUser, testPassword } from '../../factories/user.factory.js';
import { adminOnly, everyone, moderators, signedIn, type MatrixCase } from './matrix.types.js';

let organisationCounter = 0;

// Operations on the platform rather than on one assessment: sign-in, the framework,
// organisations, the audit log's checkpoints and one assessment's audit trail.
export const platformCases: MatrixCase[] = [
  {
    operation: 'Query.me',
    document: `query { me { id } }`,
    variants: [{ name: 'oneself', allow: everyone, variables: () => ({}) }],
  },
  {
    operation: 'Mutation.login',
    document: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    variants: [
      {
        name: 'with a correct password',
        allow: everyone,
        variables: async (ctx) => ({ e: (await createUser(ctx.t)).email, p: testPassword }),
      },
    ],
  },
  {
    operation: 'Mutation.logout',
    document: `mutation { logout }`,
    variants: [
      {
        name: 'own session',
        allow: signedIn,
        variables: () => ({}),
        token: (ctx, actor) => ctx.freshTokenOf(actor),
      },
    ],
  },
  {
    operation: 'Query.framework',
    document: `query { framework { version } }`,
    variants: [{ name: 'public', allow: everyone, variables: () => ({}) }],
  },
  {
    operation: 'Query.organisations',
    document: `query { organisations { id } }`,
    variants: [{ name: 'directory', allow: signedIn, variables: () => ({}) }],
  },
  {
    operation: 'Mutation.createOrganisation',
    document: `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
    variants: [
      {
        name: 'platform',
        allow: adminOnly,
        hiddenFromOutsiders: false,
        variables: () => ({
          input: { name: `Matrix organisation ${++organisationCounter}`, type: 'ACADEMIA' },
        }),
      },
    ],
  },
  {
    operation: 'Mutation.addOrganisationMember',
    document: `mutation($o: ID!, $u: ID!) { addOrganisationMember(organisationId: $o, userId: $u) }`,
    variants: [
      {
        name: "another person to one's own organisation",
        allow: adminOnly,
        hiddenFromOutsiders: false,
        variables: async (ctx) => ({ o: ctx.team.orgs.ministry, u: (await createUser(ctx.t)).id }),
      },
      {
        name: 'another person to another organisation',
        allow: adminOnly,
        hiddenFromOutsiders: false,
        variables: async (ctx) => ({ o: ctx.team.orgs.cso, u: (await createUser(ctx.t)).id }),
      },
    ],
  },
  {
    operation: 'Query.auditPublicKey',
    document: `query { auditPublicKey }`,
    variants: [{ name: 'public', allow: everyone, variables: () => ({}) }],
  },
  {
    operation: 'Query.auditCheckpoints',
    document: `query { auditCheckpoints(limit: 2) { seq } }`,
    variants: [{ name: 'platform', allow: signedIn, variables: () => ({}) }],
  },
  {
    operation: 'Mutation.createAuditCheckpoint',
    document: `mutation { createAuditCheckpoint { seq } }`,
    variants: [
      { name: 'platform', allow: adminOnly, hiddenFromOutsiders: false, variables: () => ({}) },
    ],
  },
  {
    operation: 'Query.auditTrail',
    document: `query($a: ID!) { auditTrail(assessmentId: $a, page: { first: 5 }) { total } }`,
    variants: [
      {
        name: 'this assessment',
        allow: moderators,
        variables: (ctx) => ({ a: ctx.team.assessment.id }),
      },
      {
        name: 'another assessment',
        allow: ['admin', 'outsider'],
        denials: {
          moderator: 'NOT_FOUND',
          ministry: 'NOT_FOUND',
          cso: 'NOT_FOUND',
          reviewer: 'NOT_FOUND',
          observer: 'NOT_FOUND',
        },
        variables: (ctx) => ({ a: ctx.team.other.id }),
      },
    ],
  },
];

import type { AssessmentRole } from '@idgov/authz';
import { createUser } from '../../factories/user.factory.js';
import {
  members,
  moderators,
  type MatrixActor,
  type MatrixCase,
  type MatrixContext,
  type MatrixVariant,
} from './matrix.types.js';

// A member who exists only for one cell, so that changing or removing them affects nothing else.
async function extraMember(ctx: MatrixContext, role: AssessmentRole): Promise<string> {
  const user = await createUser(ctx.t);
  await ctx.arrange(
    `mutation($input: AddAssessmentMemberInput!) { addAssessmentMember(input: $input) { id } }`,
    { input: { assessmentId: ctx.team.assessment.id, userId: user.id, role } },
  );
  return user.id;
}

const notMembers = { admin: 'NOT_FOUND' } as const;

// The element dimension: each element's viewerActions as the server computes them from the
// policy, for an element led by the ministry, one the CSO contributes to, and one assigned to
// nobody.
function elementVariant(
  name: string,
  elementKey: (ctx: MatrixContext) => string,
  action: string,
  allow: readonly MatrixActor[],
  arrange?: (ctx: MatrixContext) => Promise<void>,
): MatrixVariant {
  let key = '';
  return {
    name,
    allow,
    variables: async (ctx) => {
      await arrange?.(ctx);
      key = elementKey(ctx);
      return { id: ctx.team.assessment.id };
    },
    granted: (data) => {
      const rows = (
        data['assessment'] as {
          elementAssignments: { elementKey: string; viewerActions: string[] }[];
        }
      ).elementAssignments;
      return rows.some((r) => r.elementKey === key && r.viewerActions.includes(action));
    },
  };
}

const sharedElement = 'data-protection-and-privacy';

export const memberCases: MatrixCase[] = [
  {
    operation: 'Query.assessment',
    document: `query($id: ID!) { assessment(id: $id) { elementAssignments { elementKey viewerActions } } }`,
    variants: [
      elementVariant(
        'edit an element led by the ministry',
        (ctx) => ctx.team.assignedElement,
        'element.edit',
        ['admin', 'moderator', 'ministry'],
      ),
      elementVariant(
        'edit an element the CSO contributes to',
        () => sharedElement,
        'element.edit',
        ['admin', 'moderator', 'ministry', 'cso'],
        async (ctx) => {
          await ctx.arrange(
            `mutation($input: AssignElementInput!) { assignElement(input: $input) }`,
            {
              input: {
                assessmentId: ctx.team.assessment.id,
                elementKey: sharedElement,
                leadOrganisationId: ctx.team.orgs.ministry,
                contributingOrganisationIds: [ctx.team.orgs.cso],
              },
            },
          );
        },
      ),
      elementVariant(
        'edit an unassigned element',
        (ctx) => ctx.team.unassignedElement,
        'element.edit',
        moderators,
      ),
      elementVariant(
        'comment on an unassigned element',
        (ctx) => ctx.team.unassignedElement,
        'element.comment',
        ['admin', 'moderator', 'ministry', 'cso', 'reviewer'],
      ),
    ],
  },
  {
    operation: 'Mutation.addAssessmentMember',
    document: `mutation($input: AddAssessmentMemberInput!) { addAssessmentMember(input: $input) { id } }`,
    variants: [
      {
        name: 'a new contributor',
        allow: moderators,
        variables: async (ctx) => ({
          input: {
            assessmentId: ctx.team.assessment.id,
            userId: (await createUser(ctx.t)).id,
            role: 'CONTRIBUTOR',
            organisationId: ctx.team.orgs.cso,
          },
        }),
      },
      {
        name: 'a new moderator',
        allow: ['admin'],
        variables: async (ctx) => ({
          input: {
            assessmentId: ctx.team.assessment.id,
            userId: (await createUser(ctx.t)).id,
            role: 'MODERATOR',
          },
        }),
      },
    ],
  },
  {
    operation: 'Mutation.changeAssessmentMemberRole',
    document: `mutation($a: ID!, $u: ID!, $r: AssessmentRole!) {
      changeAssessmentMemberRole(assessmentId: $a, userId: $u, role: $r) { role } }`,
    variants: [
      {
        name: 'a reviewer to observer',
        allow: moderators,
        variables: async (ctx) => ({
          a: ctx.team.assessment.id,
          u: await extraMember(ctx, 'REVIEWER'),
          r: 'OBSERVER',
        }),
      },
    ],
  },
  {
    operation: 'Mutation.removeAssessmentMember',
    document: `mutation($a: ID!, $u: ID!) { removeAssessmentMember(assessmentId: $a, userId: $u) }`,
    variants: [
      {
        name: 'a reviewer',
        allow: moderators,
        variables: async (ctx) => ({
          a: ctx.team.assessment.id,
          u: await extraMember(ctx, 'REVIEWER'),
        }),
      },
      {
        name: 'a moderator',
        allow: ['admin'],
        variables: async (ctx) => ({
          a: ctx.team.assessment.id,
          u: await extraMember(ctx, 'MODERATOR'),
        }),
      },
    ],
  },
  {
    operation: 'Mutation.setMyAttribution',
    document: `mutation($a: ID!, $x: Attribution!) { setMyAttribution(assessmentId: $a, attribution: $x) { attribution } }`,
    variants: [
      {
        name: 'by name, as oneself',
        allow: members,
        denials: notMembers,
        variables: (ctx) => ({ a: ctx.team.assessment.id, x: 'NAME' }),
      },
      {
        name: 'by pseudonym (civil society only)',
        allow: ['cso'],
        denials: {
          ...notMembers,
          ...Object.fromEntries(
            members.filter((m) => m !== 'cso').map((m) => [m, 'BAD_USER_INPUT']),
          ),
        },
        variables: (ctx) => ({ a: ctx.team.assessment.id, x: 'PSEUDONYM' }),
      },
    ],
  },
  {
    operation: 'Mutation.assignElement',
    document: `mutation($input: AssignElementInput!) { assignElement(input: $input) }`,
    variants: [
      {
        name: 'an element to the ministry',
        allow: moderators,
        variables: (ctx) => ({
          input: {
            assessmentId: ctx.team.assessment.id,
            elementKey: ctx.team.assignedElement,
            leadOrganisationId: ctx.team.orgs.ministry,
          },
        }),
      },
    ],
  },
];

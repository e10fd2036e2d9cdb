import { members, type MatrixCase, type MatrixContext } from './matrix.types.js';

// Everyone in the assessment lists and compares an element's versions; naming and restoring them
// is for those who edit the element (its lead organisation's contributors and the moderators).
const editorsOfAssigned = ['admin', 'moderator', 'ministry'] as const;

const versionOf = async (ctx: MatrixContext, elementKey: string): Promise<string> => {
  const data = await ctx.arrange<{ createElementVersion: { id: string } }>(
    `mutation($input: CreateElementVersionInput!) { createElementVersion(input: $input) { id } }`,
    { input: { assessmentId: ctx.team.assessment.id, elementKey, name: 'Arranged' } },
  );
  return data.createElementVersion.id;
};

const createVariables = (ctx: MatrixContext, elementKey: string, actor: string) => ({
  input: { assessmentId: ctx.team.assessment.id, elementKey, name: `Named by ${actor}` },
});

export const versionCases: MatrixCase[] = [
  {
    operation: 'Query.elementVersions',
    document: `query($a: ID!, $e: String!) { elementVersions(assessmentId: $a, elementKey: $e) { id author { label } } }`,
    variants: [
      {
        name: 'an element of this assessment',
        allow: ['admin', ...members],
        variables: (ctx) => ({ a: ctx.team.assessment.id, e: ctx.team.assignedElement }),
      },
    ],
  },
  {
    operation: 'Query.compareElementVersions',
    document: `query($a: ID!, $e: String!, $from: ID!) {
      compareElementVersions(assessmentId: $a, elementKey: $e, fromVersionId: $from) { changes { field } } }`,
    variants: [
      {
        name: 'a version with the live document',
        allow: ['admin', ...members],
        variables: async (ctx) => ({
          a: ctx.team.assessment.id,
          e: ctx.team.assignedElement,
          from: await versionOf(ctx, ctx.team.assignedElement),
        }),
      },
    ],
  },
  {
    operation: 'Mutation.createElementVersion',
    document: `mutation($input: CreateElementVersionInput!) { createElementVersion(input: $input) { id } }`,
    variants: [
      {
        name: 'an element its lead organisation edits',
        allow: editorsOfAssigned,
        variables: (ctx, actor) => createVariables(ctx, ctx.team.assignedElement, actor),
      },
      {
        name: 'an element assigned to nobody',
        allow: ['admin', 'moderator'],
        variables: (ctx, actor) => createVariables(ctx, ctx.team.unassignedElement, actor),
      },
    ],
  },
  {
    operation: 'Mutation.restoreElementVersion',
    document: `mutation($a: ID!, $e: String!, $v: ID!) {
      restoreElementVersion(assessmentId: $a, elementKey: $e, versionId: $v) { changed } }`,
    variants: [
      {
        name: 'a version of an element its lead organisation edits',
        allow: editorsOfAssigned,
        variables: async (ctx) => ({
          a: ctx.team.assessment.id,
          e: ctx.team.assignedElement,
          v: await versionOf(ctx, ctx.team.assignedElement),
        }),
      },
    ],
  },
];

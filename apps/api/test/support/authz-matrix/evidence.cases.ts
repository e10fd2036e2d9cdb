import {
  buildEvidenceInput,
  buildInterviewInput,
  type EvidenceInput,
} from '../../factories/evidence.factory.js';
import { expectData } from '../test-app.js';
import { members, type MatrixActor, type MatrixCase, type MatrixContext } from './matrix.types.js';

// Evidence is read by confidentiality level (PUBLIC: every member; TEAM: all but observers;
// MODERATORS: moderators) and by its creator; it is changed by the moderators and by the
// contributor who added it. An item someone may not read is not found, as if it did not exist.
const hidden = (actors: readonly MatrixActor[]) =>
  Object.fromEntries(actors.map((actor) => [actor, 'NOT_FOUND']));

const itemFields = 'id';

async function addedBy(
  ctx: MatrixContext,
  actor: MatrixActor,
  input: EvidenceInput,
): Promise<string> {
  const data = expectData(
    await ctx.t.gql<{ createEvidence: { id: string } }>(
      `mutation($input: CreateEvidenceInput!) { createEvidence(input: $input) { id } }`,
      { input },
      ctx.tokenOf(actor),
    ),
  );
  return data.createEvidence.id;
}

const report = (ctx: MatrixContext, confidentiality: string) =>
  buildEvidenceInput(ctx.team.assessment.id, { confidentiality });

const item = async (ctx: MatrixContext, actor: MatrixActor, confidentiality: string) => ({
  a: ctx.team.assessment.id,
  id: await addedBy(ctx, actor, report(ctx, confidentiality)),
});

const archived = async (ctx: MatrixContext) => {
  const vars = await item(ctx, 'ministry', 'TEAM');
  await ctx.arrange(
    `mutation($a: ID!, $id: ID!) { archiveEvidence(assessmentId: $a, id: $id) { id } }`,
    vars,
  );
  return vars;
};

const editorsOfMinistryItem = ['admin', 'moderator', 'ministry'] as const;
const onMinistryItem = {
  name: 'a TEAM item the ministry contributor added',
  allow: editorsOfMinistryItem,
  denials: hidden(['observer']),
};

const change = (
  operation: string,
  document: string,
  extra: Record<string, unknown> = {},
): MatrixCase => ({
  operation,
  document,
  variants: [
    {
      ...onMinistryItem,
      variables: async (ctx) => ({ ...(await item(ctx, 'ministry', 'TEAM')), ...extra }),
    },
    {
      name: 'a MODERATORS item a moderator added',
      allow: ['admin', 'moderator'],
      denials: hidden(['ministry', 'cso', 'reviewer', 'observer']),
      variables: async (ctx) => ({ ...(await item(ctx, 'moderator', 'MODERATORS')), ...extra }),
    },
  ],
});

export const evidenceCases: MatrixCase[] = [
  {
    operation: 'Query.evidence',
    document: `query($a: ID!) { evidence(assessmentId: $a) { total items { ${itemFields} } } }`,
    variants: [
      {
        name: 'the library of this assessment',
        allow: ['admin', ...members],
        variables: (ctx) => ({ a: ctx.team.assessment.id }),
      },
    ],
  },
  {
    operation: 'Query.evidenceItem',
    document: `query($a: ID!, $id: ID!) { evidenceItem(assessmentId: $a, id: $id) { ${itemFields} } }`,
    variants: [
      {
        name: 'a PUBLIC item',
        allow: ['admin', ...members],
        variables: (ctx) => item(ctx, 'moderator', 'PUBLIC'),
      },
      {
        name: 'a TEAM item',
        allow: ['admin', 'moderator', 'ministry', 'cso', 'reviewer'],
        denials: hidden(['observer']),
        variables: (ctx) => item(ctx, 'moderator', 'TEAM'),
      },
      {
        name: 'a MODERATORS item a moderator added',
        allow: ['admin', 'moderator'],
        denials: hidden(['ministry', 'cso', 'reviewer', 'observer']),
        variables: (ctx) => item(ctx, 'moderator', 'MODERATORS'),
      },
      {
        name: 'an interview the civil-society contributor added',
        allow: ['admin', 'moderator', 'cso'],
        denials: hidden(['ministry', 'reviewer', 'observer']),
        variables: async (ctx) => ({
          a: ctx.team.assessment.id,
          id: await addedBy(ctx, 'cso', buildInterviewInput(ctx.team.assessment.id)),
        }),
      },
    ],
  },
  {
    operation: 'Mutation.createEvidence',
    document: `mutation($input: CreateEvidenceInput!) { createEvidence(input: $input) { id } }`,
    variants: [
      {
        name: 'a source in this assessment',
        allow: ['admin', 'moderator', 'ministry', 'cso'],
        variables: (ctx) => ({ input: report(ctx, 'TEAM') }),
      },
    ],
  },
  change(
    'Mutation.updateEvidence',
    `mutation($a: ID!, $id: ID!, $input: UpdateEvidenceInput!) {
      updateEvidence(assessmentId: $a, id: $id, input: $input) { id } }`,
    { input: { summary: 'Changed' } },
  ),
  change(
    'Mutation.archiveEvidence',
    `mutation($a: ID!, $id: ID!) { archiveEvidence(assessmentId: $a, id: $id) { id } }`,
  ),
  {
    operation: 'Mutation.restoreEvidence',
    document: `mutation($a: ID!, $id: ID!) { restoreEvidence(assessmentId: $a, id: $id) { id } }`,
    variants: [
      {
        ...onMinistryItem,
        name: 'an archived TEAM item the ministry contributor added',
        variables: archived,
      },
    ],
  },
];

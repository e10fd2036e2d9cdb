import { members, type MatrixCase, type MatrixContext } from './matrix.types.js';

// Every member reads gaps, the matrix and split ratings; moderators and contributors manage gaps;
// moderators, contributors and reviewers rate; moderators consolidate.
const gapManagers = ['admin', 'moderator', 'ministry', 'cso'] as const;
const raters = ['admin', 'moderator', 'ministry', 'cso', 'reviewer'] as const;

interface Target {
  elementKey: string;
  subElementKey: string;
  questionKey: string;
}

// The second enabled sub-element of the assigned element (customisation cells toggle the first).
async function targetOf(ctx: MatrixContext): Promise<Target> {
  const data = await ctx.arrange<{
    assessment: {
      elements: {
        key: string;
        subElements: {
          key: string;
          enabled: boolean;
          details: { questions: { key: string }[] }[];
        }[];
      }[];
    };
  }>(
    `query($id: ID!) { assessment(id: $id) { elements { key subElements { key enabled
      details { questions { key } } } } } }`,
    { id: ctx.team.assessment.id },
  );
  const element = data.assessment.elements.find((e) => e.key === ctx.team.assignedElement);
  const sub = element?.subElements.filter((s) => s.enabled)[1];
  return {
    elementKey: ctx.team.assignedElement,
    subElementKey: sub?.key ?? '',
    questionKey: sub?.details[0]?.questions[0]?.key ?? '',
  };
}

async function gapOf(ctx: MatrixContext, status: 'OPEN' | 'RESOLVED' = 'OPEN') {
  const target = await targetOf(ctx);
  const data = await ctx.arrange<{ raiseGap: { id: string } }>(
    `mutation($input: RaiseGapInput!) { raiseGap(input: $input) { id } }`,
    { input: { assessmentId: ctx.team.assessment.id, ...target, description: 'Arranged gap' } },
  );
  const id = data.raiseGap.id;
  if (status === 'RESOLVED') {
    await ctx.arrange(
      `mutation($a: ID!, $id: ID!) { resolveGap(assessmentId: $a, id: $id) { id } }`,
      {
        a: ctx.team.assessment.id,
        id,
      },
    );
  }
  return { a: ctx.team.assessment.id, id };
}

const read = (
  operation: string,
  document: string,
  extra: Record<string, unknown> = {},
): MatrixCase => ({
  operation,
  document,
  variants: [
    {
      name: 'this assessment',
      allow: ['admin', ...members],
      variables: (ctx) => ({ a: ctx.team.assessment.id, ...extra }),
    },
  ],
});

const gapMove = (name: string, status: 'OPEN' | 'RESOLVED'): MatrixCase => ({
  operation: `Mutation.${name}`,
  document: `mutation($a: ID!, $id: ID!) { ${name}(assessmentId: $a, id: $id) { id status } }`,
  variants: [
    { name: `a ${status} gap`, allow: gapManagers, variables: (ctx) => gapOf(ctx, status) },
  ],
});

const bySubElement = async (ctx: MatrixContext) => ({
  a: ctx.team.assessment.id,
  s: (await targetOf(ctx)).subElementKey,
});

export const analysisCases: MatrixCase[] = [
  read(
    'Query.informationGaps',
    `query($a: ID!) { informationGaps(assessmentId: $a, filter: { kind: TRACKED }) { total items { id owner { label } } } }`,
  ),
  read(
    'Query.analysisMatrix',
    `query($a: ID!) { analysisMatrix(assessmentId: $a) { elements { elementKey counts { strengths } } } }`,
  ),
  read(
    'Query.subElementRatings',
    `query($a: ID!, $e: String) { subElementRatings(assessmentId: $a, elementKey: $e) { total divergent myRating { rating } } }`,
    { e: 'user-value' },
  ),
  {
    operation: 'Mutation.raiseGap',
    document: `mutation($input: RaiseGapInput!) { raiseGap(input: $input) { id } }`,
    variants: [
      {
        name: 'a gap on an enabled question',
        allow: gapManagers,
        variables: async (ctx) => ({
          input: {
            assessmentId: ctx.team.assessment.id,
            ...(await targetOf(ctx)),
            description: 'Missing figures',
          },
        }),
      },
    ],
  },
  {
    operation: 'Mutation.updateGap',
    document: `mutation($a: ID!, $id: ID!, $input: UpdateGapInput!) { updateGap(assessmentId: $a, id: $id, input: $input) { id } }`,
    variants: [
      {
        name: 'an OPEN gap',
        allow: gapManagers,
        variables: async (ctx) => ({ ...(await gapOf(ctx)), input: { dueDate: '2030-06-30' } }),
      },
    ],
  },
  gapMove('acknowledgeGap', 'OPEN'),
  gapMove('resolveGap', 'OPEN'),
  gapMove('reopenGap', 'RESOLVED'),
  {
    operation: 'Mutation.submitStakeholderRating',
    document: `mutation($input: SubmitStakeholderRatingInput!) { submitStakeholderRating(input: $input) { total } }`,
    variants: [
      {
        name: 'an enabled sub-element',
        allow: raters,
        variables: async (ctx) => ({
          input: {
            assessmentId: ctx.team.assessment.id,
            subElementKey: (await targetOf(ctx)).subElementKey,
            rating: 'PARTIAL',
          },
        }),
      },
    ],
  },
  {
    operation: 'Mutation.withdrawStakeholderRating',
    document: `mutation($a: ID!, $s: String!) { withdrawStakeholderRating(assessmentId: $a, subElementKey: $s) { total } }`,
    variants: [{ name: 'an enabled sub-element', allow: raters, variables: bySubElement }],
  },
  {
    operation: 'Mutation.setConsolidatedRating',
    document: `mutation($input: SetConsolidatedRatingInput!) { setConsolidatedRating(input: $input) { total } }`,
    variants: [
      {
        name: 'an enabled sub-element',
        allow: ['admin', 'moderator'],
        variables: async (ctx) => ({
          input: {
            assessmentId: ctx.team.assessment.id,
            subElementKey: (await targetOf(ctx)).subElementKey,
            rating: 'NOT_MET',
            rationale: 'Arranged',
          },
        }),
      },
    ],
  },
  {
    operation: 'Mutation.clearConsolidatedRating',
    document: `mutation($a: ID!, $s: String!) { clearConsolidatedRating(assessmentId: $a, subElementKey: $s) { total } }`,
    variants: [
      { name: 'an enabled sub-element', allow: ['admin', 'moderator'], variables: bySubElement },
    ],
  },
];

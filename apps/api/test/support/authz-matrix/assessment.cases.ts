import { buildCreateAssessmentInput } from '../../factories/assessment.factory.js';
import {
  adminOnly,
  members,
  moderators,
  signedIn,
  type MatrixCase,
  type MatrixContext,
} from './matrix.types.js';

const phaseOf = async (ctx: MatrixContext): Promise<string> =>
  (
    await ctx.arrange<{ assessment: { phase: string } }>(
      `query($id: ID!) { assessment(id: $id) { phase } }`,
      { id: ctx.team.assessment.id },
    )
  ).assessment.phase;

const setArchived = async (ctx: MatrixContext, archived: boolean): Promise<void> => {
  const { assessment } = await ctx.arrange<{ assessment: { archived: boolean } }>(
    `query($id: ID!) { assessment(id: $id) { archived } }`,
    { id: ctx.team.assessment.id },
  );
  if (assessment.archived !== archived) {
    await ctx.arrange(
      `mutation($id: ID!) { ${archived ? 'archiveAssessment' : 'restoreAssessment'}(id: $id) { id } }`,
      { id: ctx.team.assessment.id },
    );
  }
};

export const assessmentCases: MatrixCase[] = [
  {
    operation: 'Query.assessments',
    document: `query { assessments { id } }`,
    variants: [{ name: 'own list', allow: signedIn, variables: () => ({}) }],
  },
  {
    operation: 'Query.assessment',
    document: `query($id: ID!) { assessment(id: $id) { id title } }`,
    variants: [
      {
        name: 'this assessment',
        allow: ['admin', ...members],
        variables: (ctx) => ({ id: ctx.team.assessment.id }),
      },
      {
        name: 'another assessment',
        allow: ['admin', 'outsider'],
        denials: Object.fromEntries(members.map((m) => [m, 'NOT_FOUND'])),
        variables: (ctx) => ({ id: ctx.team.other.id }),
      },
      {
        name: 'a missing assessment',
        allow: [],
        denials: Object.fromEntries([...signedIn].map((a) => [a, 'NOT_FOUND'])),
        variables: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
      },
    ],
  },
  {
    operation: 'Mutation.createAssessment',
    document: `mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }`,
    variants: [
      {
        name: 'platform',
        allow: adminOnly,
        hiddenFromOutsiders: false,
        variables: () => ({ input: buildCreateAssessmentInput({ title: 'Matrix assessment' }) }),
      },
    ],
  },
  {
    operation: 'Mutation.updateAssessment',
    document: `mutation($id: ID!, $input: UpdateAssessmentInput!) { updateAssessment(id: $id, input: $input) { id } }`,
    variants: [
      {
        name: 'this assessment',
        allow: moderators,
        variables: (ctx, actor) => ({
          id: ctx.team.assessment.id,
          input: { scope: `Scope as edited by ${actor}` },
        }),
      },
    ],
  },
  {
    operation: 'Mutation.changeAssessmentPhase',
    // The checks of a fresh assessment are unmet: moderators override them (phase-gate-checks.spec).
    document: `mutation($id: ID!, $phase: AssessmentPhase!) {
      changeAssessmentPhase(id: $id, phase: $phase, overrideReason: "Matrix") { phase } }`,
    variants: [
      {
        name: 'this assessment, to the next phase',
        allow: moderators,
        variables: async (ctx) => ({
          id: ctx.team.assessment.id,
          phase: (await phaseOf(ctx)) === 'PREPARE' ? 'ANALYSE' : 'PREPARE',
        }),
        // Customisation needs the Prepare phase; leave every cell where it found the assessment.
        restore: async (ctx) => {
          if ((await phaseOf(ctx)) !== 'PREPARE') {
            await ctx.arrange(
              `mutation($id: ID!) { changeAssessmentPhase(id: $id, phase: PREPARE) { id } }`,
              { id: ctx.team.assessment.id },
            );
          }
        },
      },
    ],
  },
  {
    operation: 'Query.phaseChecklist',
    document: `query($id: ID!) { phaseChecklist(assessmentId: $id, to: ANALYSE) { allMet checks { key met } } }`,
    variants: [
      {
        name: 'this assessment, to the next phase',
        allow: ['admin', ...members],
        variables: (ctx) => ({ id: ctx.team.assessment.id }),
      },
    ],
  },
  {
    operation: 'Mutation.archiveAssessment',
    document: `mutation($id: ID!) { archiveAssessment(id: $id) { archived } }`,
    variants: [
      {
        name: 'this assessment',
        allow: moderators,
        variables: (ctx) => ({ id: ctx.team.assessment.id }),
        restore: (ctx) => setArchived(ctx, false),
      },
    ],
  },
  {
    operation: 'Mutation.restoreAssessment',
    document: `mutation($id: ID!) { restoreAssessment(id: $id) { archived } }`,
    variants: [
      {
        name: 'this assessment, archived',
        allow: moderators,
        variables: async (ctx) => {
          await setArchived(ctx, true);
          return { id: ctx.team.assessment.id };
        },
        restore: (ctx) => setArchived(ctx, false),
      },
    ],
  },
];

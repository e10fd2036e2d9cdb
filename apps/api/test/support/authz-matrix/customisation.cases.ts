import { assessmentTree, detailFields, firstDetail } from '../assessment-tree.query.js';
import { moderators, type MatrixCase, type MatrixContext } from './matrix.types.js';

const detailOf = async (ctx: MatrixContext) =>
  firstDetail(await assessmentTree(ctx.t, ctx.team.assessment.id));

const firstQuestionKey = async (ctx: MatrixContext): Promise<string> => {
  const key = (await detailOf(ctx)).questions.find((q) => q.provenance !== 'CUSTOM')?.key;
  if (!key) {
    throw new Error('the first detail has no framework question');
  }
  return key;
};

const firstSubElementKey = async (ctx: MatrixContext): Promise<string> => {
  const key = (await assessmentTree(ctx.t, ctx.team.assessment.id))[0]?.subElements[0]?.key;
  if (!key) {
    throw new Error('the assessment has no sub-element');
  }
  return key;
};

const customise = (
  operation: string,
  document: string,
  variables: MatrixCase['variants'][number]['variables'],
  restore?: (ctx: MatrixContext) => Promise<void>,
): MatrixCase => ({
  operation,
  document,
  variants: [
    { name: 'this assessment', allow: moderators, variables, ...(restore ? { restore } : {}) },
  ],
});

export const customisationCases: MatrixCase[] = [
  customise(
    'Mutation.rewordQuestion',
    `mutation($input: RewordQuestionInput!) { rewordQuestion(input: $input) { key } }`,
    async (ctx, actor) => ({
      input: {
        assessmentId: ctx.team.assessment.id,
        questionKey: await firstQuestionKey(ctx),
        text: `Reworded by ${actor}?`,
      },
    }),
  ),
  customise(
    'Mutation.restoreQuestionWording',
    `mutation($a: ID!, $q: String!) { restoreQuestionWording(assessmentId: $a, questionKey: $q) { key } }`,
    async (ctx) => {
      const questionKey = await firstQuestionKey(ctx);
      await ctx.arrange(
        `mutation($input: RewordQuestionInput!) { rewordQuestion(input: $input) { key } }`,
        { input: { assessmentId: ctx.team.assessment.id, questionKey, text: 'Reworded?' } },
      );
      return { a: ctx.team.assessment.id, q: questionKey };
    },
  ),
  customise(
    'Mutation.addCustomQuestion',
    `mutation($input: AddCustomQuestionInput!) { addCustomQuestion(input: $input) { key } }`,
    async (ctx, actor) => ({
      input: {
        assessmentId: ctx.team.assessment.id,
        detailKey: (await detailOf(ctx)).key,
        text: `Added by ${actor}?`,
      },
    }),
  ),
  customise(
    'Mutation.removeCustomQuestion',
    `mutation($a: ID!, $q: String!) { removeCustomQuestion(assessmentId: $a, questionKey: $q) { key } }`,
    async (ctx) => {
      const detail = await ctx.arrange<{
        addCustomQuestion: { questions: { key: string; provenance: string }[] };
      }>(
        `mutation($input: AddCustomQuestionInput!) { addCustomQuestion(input: $input) { ${detailFields} } }`,
        {
          input: {
            assessmentId: ctx.team.assessment.id,
            detailKey: (await detailOf(ctx)).key,
            text: 'To be removed?',
          },
        },
      );
      const custom = detail.addCustomQuestion.questions.filter((q) => q.provenance === 'CUSTOM');
      return { a: ctx.team.assessment.id, q: custom.at(-1)?.key };
    },
  ),
  customise(
    'Mutation.reorderQuestions',
    `mutation($input: ReorderQuestionsInput!) { reorderQuestions(input: $input) { key } }`,
    async (ctx) => {
      const detail = await detailOf(ctx);
      return {
        input: {
          assessmentId: ctx.team.assessment.id,
          detailKey: detail.key,
          questionKeys: detail.questions.map((q) => q.key).reverse(),
        },
      };
    },
  ),
  customise(
    'Mutation.setSubElementEnabled',
    `mutation($input: SetSubElementEnabledInput!) { setSubElementEnabled(input: $input) { key } }`,
    async (ctx) => ({
      input: {
        assessmentId: ctx.team.assessment.id,
        subElementKey: await firstSubElementKey(ctx),
        enabled: false,
        reason: 'Covered by another assessment',
      },
    }),
    async (ctx) => {
      await ctx.arrange(
        `mutation($input: SetSubElementEnabledInput!) { setSubElementEnabled(input: $input) { key } }`,
        {
          input: {
            assessmentId: ctx.team.assessment.id,
            subElementKey: await firstSubElementKey(ctx),
            enabled: true,
          },
        },
      );
    },
  ),
];

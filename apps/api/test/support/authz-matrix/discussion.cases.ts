import { expectData } from '../test-app.js';
import { assessmentTree } from '../assessment-tree.query.js';
import { members, type MatrixActor, type MatrixCase, type MatrixContext } from './matrix.types.js';

// Every member reads suggestions and comment threads. Moderators, contributors (assigned or not)
// and reviewers suggest and comment; observers only read. Deciding suggestions and hiding comments
// is for moderators; withdrawing is for the suggestion's author, editing for the comment's author,
// resolving and reopening for the thread's author or a moderator.
const discussants: readonly MatrixActor[] = ['admin', 'moderator', 'ministry', 'cso', 'reviewer'];
const moderators: readonly MatrixActor[] = ['admin', 'moderator'];
const mayDiscuss = (actor: MatrixActor) => discussants.includes(actor);

const keys = new WeakMap<MatrixContext, Promise<{ questionKey: string; subElementKey: string }>>();
function keysOf(ctx: MatrixContext) {
  let found = keys.get(ctx);
  if (!found) {
    found = assessmentTree(ctx.t, ctx.team.assessment.id).then((tree) => {
      const subElement = tree.find((e) => e.key === ctx.team.assignedElement)?.subElements[0];
      return {
        subElementKey: subElement?.key ?? '',
        questionKey: subElement?.details[0]?.questions[0]?.key ?? '',
      };
    });
    keys.set(ctx, found);
  }
  return found;
}

async function as<T>(ctx: MatrixContext, actor: MatrixActor, query: string, variables: object) {
  return expectData(await ctx.t.gql<T>(query, { ...variables }, ctx.tokenOf(actor)));
}

// An answer with a text of its own, so that accepting one never makes the next equal to the
// current value.
let proposals = 0;
const suggestInput = async (ctx: MatrixContext) => ({
  assessmentId: ctx.team.assessment.id,
  elementKey: ctx.team.assignedElement,
  kind: 'ANSWER',
  questionKey: (await keysOf(ctx)).questionKey,
  proposedText: `Proposed answer ${++proposals}`,
  reason: 'Arranged',
});

async function suggestionBy(ctx: MatrixContext, actor: MatrixActor): Promise<string> {
  const data = await as<{ suggestChange: { id: string } }>(
    ctx,
    actor,
    `mutation($input: SuggestChangeInput!) { suggestChange(input: $input) { id } }`,
    { input: await suggestInput(ctx) },
  );
  return data.suggestChange.id;
}

async function threadBy(ctx: MatrixContext, actor: MatrixActor) {
  const data = await as<{ createCommentThread: { id: string; comments: { id: string }[] } }>(
    ctx,
    actor,
    `mutation($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { id comments { id } } }`,
    {
      input: {
        assessmentId: ctx.team.assessment.id,
        elementKey: ctx.team.assignedElement,
        subElementKey: (await keysOf(ctx)).subElementKey,
        body: 'Arranged',
      },
    },
  );
  const thread = data.createCommentThread;
  return { t: thread.id, c: thread.comments[0]?.id ?? '' };
}

const a = (ctx: MatrixContext) => ctx.team.assessment.id;
const readers = ['admin', ...members] as const;

export const discussionCases: MatrixCase[] = [
  {
    operation: 'Query.suggestions',
    document: `query($a: ID!) { suggestions(assessmentId: $a) { id author { label } } }`,
    variants: [{ name: 'an assessment', allow: readers, variables: (ctx) => ({ a: a(ctx) }) }],
  },
  {
    operation: 'Mutation.suggestChange',
    document: `mutation($input: SuggestChangeInput!) { suggestChange(input: $input) { id } }`,
    variants: [
      {
        name: 'an answer in an element assigned to the ministry',
        allow: discussants,
        variables: async (ctx) => ({ input: await suggestInput(ctx) }),
      },
    ],
  },
  {
    operation: 'Mutation.withdrawSuggestion',
    document: `mutation($a: ID!, $s: ID!) { withdrawSuggestion(assessmentId: $a, suggestionId: $s) { id } }`,
    variants: [
      {
        name: 'one’s own pending suggestion (the administrator’s, for those who cannot suggest)',
        allow: discussants,
        variables: async (ctx, actor) => ({
          a: a(ctx),
          s: await suggestionBy(ctx, mayDiscuss(actor) ? actor : 'admin'),
        }),
      },
    ],
  },
  ...(['acceptSuggestion', 'rejectSuggestion'] as const).map((op): MatrixCase => ({
    operation: `Mutation.${op}`,
    document: `mutation($a: ID!, $s: ID!) { ${op}(assessmentId: $a, suggestionId: $s, reason: "Decided") { status } }`,
    variants: [
      {
        name: 'a pending suggestion of the reviewer',
        allow: moderators,
        variables: async (ctx) => ({ a: a(ctx), s: await suggestionBy(ctx, 'reviewer') }),
      },
    ],
  })),
  {
    operation: 'Query.commentThreads',
    document: `query($a: ID!) { commentThreads(assessmentId: $a) { id comments { body author { label } } } }`,
    variants: [{ name: 'an assessment', allow: readers, variables: (ctx) => ({ a: a(ctx) }) }],
  },
  {
    operation: 'Query.myMentions',
    document: `query($a: ID!) { myMentions(assessmentId: $a) { id } }`,
    variants: [{ name: 'an assessment', allow: readers, variables: (ctx) => ({ a: a(ctx) }) }],
  },
  {
    operation: 'Mutation.createCommentThread',
    document: `mutation($input: CreateCommentThreadInput!) { createCommentThread(input: $input) { id } }`,
    variants: [
      {
        name: 'a sub-element of an element assigned to the ministry',
        allow: discussants,
        variables: async (ctx) => ({
          input: {
            assessmentId: a(ctx),
            elementKey: ctx.team.assignedElement,
            subElementKey: (await keysOf(ctx)).subElementKey,
            body: 'A question',
          },
        }),
      },
    ],
  },
  {
    operation: 'Mutation.replyToCommentThread',
    document: `mutation($input: ReplyToCommentThreadInput!) { replyToCommentThread(input: $input) { id } }`,
    variants: [
      {
        name: 'an open thread',
        allow: discussants,
        variables: async (ctx) => ({
          input: {
            assessmentId: a(ctx),
            threadId: (await threadBy(ctx, 'admin')).t,
            body: 'Reply',
          },
        }),
      },
    ],
  },
  {
    operation: 'Mutation.editComment',
    document: `mutation($input: EditCommentInput!) { editComment(input: $input) { id } }`,
    variants: [
      {
        name: 'one’s own comment (the administrator’s, for those who cannot comment)',
        allow: discussants,
        variables: async (ctx, actor) => ({
          input: {
            assessmentId: a(ctx),
            commentId: (await threadBy(ctx, mayDiscuss(actor) ? actor : 'admin')).c,
            body: 'Edited',
          },
        }),
      },
    ],
  },
  {
    operation: 'Mutation.resolveCommentThread',
    document: `mutation($a: ID!, $t: ID!) { resolveCommentThread(assessmentId: $a, threadId: $t) { id } }`,
    variants: [
      {
        name: 'one’s own thread',
        allow: discussants,
        variables: async (ctx, actor) => ({
          a: a(ctx),
          t: (await threadBy(ctx, mayDiscuss(actor) ? actor : 'admin')).t,
        }),
      },
      {
        name: 'the reviewer’s thread',
        allow: ['admin', 'moderator', 'reviewer'],
        variables: async (ctx) => ({ a: a(ctx), t: (await threadBy(ctx, 'reviewer')).t }),
      },
    ],
  },
  {
    operation: 'Mutation.reopenCommentThread',
    document: `mutation($a: ID!, $t: ID!) { reopenCommentThread(assessmentId: $a, threadId: $t) { id } }`,
    variants: [
      {
        name: 'a resolved thread of the reviewer',
        allow: ['admin', 'moderator', 'reviewer'],
        variables: async (ctx) => {
          const { t } = await threadBy(ctx, 'reviewer');
          await ctx.arrange(
            `mutation($a: ID!, $t: ID!) { resolveCommentThread(assessmentId: $a, threadId: $t) { id } }`,
            { a: a(ctx), t },
          );
          return { a: a(ctx), t };
        },
      },
    ],
  },
  {
    operation: 'Mutation.hideComment',
    document: `mutation($a: ID!, $c: ID!) { hideComment(assessmentId: $a, commentId: $c, reason: "Off topic") { id } }`,
    variants: [
      {
        name: 'a visible comment',
        allow: moderators,
        variables: async (ctx) => ({ a: a(ctx), c: (await threadBy(ctx, 'cso')).c }),
      },
    ],
  },
  {
    operation: 'Mutation.unhideComment',
    document: `mutation($a: ID!, $c: ID!) { unhideComment(assessmentId: $a, commentId: $c) { id } }`,
    variants: [
      {
        name: 'a hidden comment',
        allow: moderators,
        variables: async (ctx) => {
          const { c } = await threadBy(ctx, 'cso');
          await ctx.arrange(
            `mutation($a: ID!, $c: ID!) { hideComment(assessmentId: $a, commentId: $c, reason: "Hidden") { id } }`,
            { a: a(ctx), c },
          );
          return { a: a(ctx), c };
        },
      },
    ],
  },
];

import type { AddressInfo } from 'node:net';
import {
  createWorkshopWithAgenda,
  joinAsGuest,
  openWorkshop,
  seedElementContent,
  type ElementContent,
  type WorkshopResult,
} from '../../factories/workshop.factory.js';
import type { GraphqlResponse } from '../test-app.js';
import { subscribeWorkshop, until } from '../workshop-subscribers.js';
import {
  everyone,
  members,
  moderators,
  type MatrixCase,
  type MatrixContext,
  type MatrixVariant,
} from './matrix.types.js';

// Workshops are read by every member, prepared and run by moderators (workshops.manage), voted on
// by every member (workshops.vote) or by a guest holding a pass; codes and guest passes work for
// anyone, signed in or not.
const content = new WeakMap<MatrixContext, Promise<ElementContent>>();
const shared = new WeakMap<MatrixContext, Promise<{ open: WorkshopResult; guestToken: string }>>();

const contentOf = (ctx: MatrixContext) => {
  const known =
    content.get(ctx) ?? seedElementContent(ctx.t, ctx.team.assessment.id, ctx.team.assignedElement);
  content.set(ctx, known);
  return known;
};

const draft = async (ctx: MatrixContext) =>
  createWorkshopWithAgenda(ctx.t, ctx.team.assessment.id, await contentOf(ctx));

const opened = async (ctx: MatrixContext) =>
  openWorkshop(ctx.t, ctx.team.assessment.id, (await draft(ctx)).id);

// One open workshop for the operations that leave it as it was (reads, votes, outcomes).
const sharedOf = (ctx: MatrixContext) => {
  const known =
    shared.get(ctx) ??
    opened(ctx).then(async (open) => ({
      open,
      guestToken: (await joinAsGuest(ctx.t, open.joinCode ?? '', 'Matrix guest')).guestToken,
    }));
  shared.set(ctx, known);
  return known;
};

const readers = ['admin', ...members] as const;
const manage = (name: string, variables: MatrixVariant['variables']): MatrixVariant => ({
  name,
  allow: moderators,
  variables,
});
const a = (ctx: MatrixContext) => ctx.team.assessment.id;
const forEveryone = (name: string, variables: MatrixVariant['variables']): MatrixVariant => ({
  name,
  allow: everyone,
  hiddenFromOutsiders: false,
  variables,
});

// Subscriptions cannot travel as HTTP requests: this case runs over graphql-ws on /graphql and
// reports the first answer (a state, or the refusal).
async function overWebsocket(
  ctx: MatrixContext,
  _document: string,
  variables: Record<string, unknown>,
  token: string | null,
): Promise<GraphqlResponse<Record<string, unknown>>> {
  const server = ctx.t.app.getHttpServer() as { listening: boolean; address(): AddressInfo };
  if (!server.listening) {
    await ctx.t.app.listen(0, '127.0.0.1');
  }
  const url = `ws://127.0.0.1:${server.address().port}/graphql`;
  const sub = subscribeWorkshop(url, String(variables['w']), {
    token,
    guestToken: typeof variables['g'] === 'string' ? variables['g'] : undefined,
  });
  try {
    await until(() => sub.states.length > 0 || sub.errors.length > 0 || sub.completed, 'an answer');
    return sub.errors.length
      ? { errors: sub.errors }
      : { data: { workshopChanged: sub.states[0] ?? null } };
  } finally {
    await sub.close();
  }
}

const fields = 'id status';

export const workshopCases: MatrixCase[] = [
  {
    operation: 'Query.workshops',
    document: `query($a: ID!) { workshops(assessmentId: $a) { ${fields} } }`,
    variants: [
      { name: 'the assessment’s workshops', allow: readers, variables: (ctx) => ({ a: a(ctx) }) },
    ],
  },
  {
    operation: 'Query.validationOutcomes',
    document: `query($a: ID!) { validationOutcomes(assessmentId: $a) { itemId outcome } }`,
    variants: [
      { name: 'the assessment’s decisions', allow: readers, variables: (ctx) => ({ a: a(ctx) }) },
    ],
  },
  {
    operation: 'Query.workshop',
    document: `query($a: ID!, $id: ID!) { workshop(assessmentId: $a, id: $id) { ${fields} } }`,
    variants: [
      {
        name: 'an open workshop',
        allow: readers,
        variables: async (ctx) => ({ a: a(ctx), id: (await sharedOf(ctx)).open.id }),
      },
    ],
  },
  {
    operation: 'Query.workshopByCode',
    document: `query($c: String!) { workshopByCode(code: $c) { workshopId } }`,
    variants: [
      forEveryone('an open workshop’s code', async (ctx) => ({
        c: (await sharedOf(ctx)).open.joinCode,
      })),
    ],
  },
  {
    operation: 'Query.workshopAsGuest',
    document: `query($g: String!) { workshopAsGuest(guestToken: $g) { ${fields} } }`,
    variants: [
      forEveryone('a guest pass', async (ctx) => ({ g: (await sharedOf(ctx)).guestToken })),
    ],
  },
  {
    operation: 'Mutation.createWorkshop',
    document: `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`,
    variants: [
      manage('this assessment', (ctx) => ({
        input: { assessmentId: a(ctx), title: 'Matrix workshop' },
      })),
    ],
  },
  {
    operation: 'Mutation.addWorkshopItem',
    document: `mutation($input: AddWorkshopItemInput!) { addWorkshopItem(input: $input) { id } }`,
    variants: [
      manage('a draft workshop', async (ctx) => {
        const c = await contentOf(ctx);
        const w = await draft(ctx);
        return {
          input: {
            assessmentId: a(ctx),
            workshopId: w.id,
            kind: 'FINDING',
            elementKey: c.elementKey,
            subElementKey: c.subElementKey,
            findingId: c.findingId,
          },
        };
      }),
    ],
  },
  {
    operation: 'Mutation.removeWorkshopItem',
    document: `mutation($a: ID!, $i: ID!) { removeWorkshopItem(assessmentId: $a, itemId: $i) { id } }`,
    variants: [
      manage('an item without votes', async (ctx) => ({
        a: a(ctx),
        i: (await draft(ctx)).items[0]?.id,
      })),
    ],
  },
  {
    operation: 'Mutation.moveWorkshopItem',
    document: `mutation($a: ID!, $i: ID!, $p: Int!) { moveWorkshopItem(assessmentId: $a, itemId: $i, position: $p) { id } }`,
    variants: [
      manage('a draft agenda', async (ctx) => ({
        a: a(ctx),
        i: (await draft(ctx)).items[0]?.id,
        p: 1,
      })),
    ],
  },
  {
    operation: 'Mutation.openWorkshop',
    document: `mutation($a: ID!, $id: ID!) { openWorkshop(assessmentId: $a, id: $id) { id } }`,
    variants: [
      manage('a draft workshop', async (ctx) => ({ a: a(ctx), id: (await draft(ctx)).id })),
    ],
  },
  {
    operation: 'Mutation.setCurrentWorkshopItem',
    document: `mutation($a: ID!, $w: ID!, $i: ID!) { setCurrentWorkshopItem(assessmentId: $a, workshopId: $w, itemId: $i) { id } }`,
    variants: [
      manage('an open workshop', async (ctx) => {
        const w = await opened(ctx);
        return { a: a(ctx), w: w.id, i: w.items[1]?.id };
      }),
    ],
  },
  {
    operation: 'Mutation.closeWorkshop',
    document: `mutation($a: ID!, $id: ID!) { closeWorkshop(assessmentId: $a, id: $id) { id } }`,
    variants: [
      manage('an open workshop', async (ctx) => ({ a: a(ctx), id: (await opened(ctx)).id })),
    ],
  },
  {
    operation: 'Mutation.recordWorkshopOutcome',
    document: `mutation($input: RecordWorkshopOutcomeInput!) { recordWorkshopOutcome(input: $input) { id } }`,
    variants: [
      manage('an item of an open workshop', async (ctx) => ({
        input: {
          assessmentId: a(ctx),
          itemId: (await sharedOf(ctx)).open.items[1]?.id,
          outcome: 'DISPUTED',
        },
      })),
    ],
  },
  {
    operation: 'Mutation.castWorkshopVote',
    document: `mutation($input: CastWorkshopVoteInput!) { castWorkshopVote(input: $input) { id } }`,
    variants: [
      {
        name: 'as themself, on the current item',
        allow: readers,
        variables: async (ctx) => {
          const { open } = await sharedOf(ctx);
          return { input: { workshopId: open.id, itemId: open.currentItemId, vote: 'AGREE' } };
        },
      },
      forEveryone('with a guest pass, on the current item', async (ctx) => {
        const { open, guestToken } = await sharedOf(ctx);
        return {
          input: { workshopId: open.id, itemId: open.currentItemId, vote: 'DISAGREE', guestToken },
        };
      }),
    ],
  },
  {
    operation: 'Mutation.joinWorkshopAsGuest',
    document: `mutation($c: String!) { joinWorkshopAsGuest(code: $c, displayName: "Matrix guest") { guestToken } }`,
    variants: [
      forEveryone('an open workshop’s code', async (ctx) => ({
        c: (await sharedOf(ctx)).open.joinCode,
      })),
    ],
  },
  {
    operation: 'Subscription.workshopChanged',
    document: `subscription($w: ID!, $g: String) { workshopChanged(workshopId: $w, guestToken: $g) { id } }`,
    execute: overWebsocket,
    variants: [
      {
        name: 'as themself (graphql-ws)',
        allow: readers,
        variables: async (ctx) => ({ w: (await sharedOf(ctx)).open.id }),
      },
      forEveryone('with a guest pass (graphql-ws)', async (ctx) => ({
        w: (await sharedOf(ctx)).open.id,
        g: (await sharedOf(ctx)).guestToken,
      })),
    ],
  },
];

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from './factories/team.factory.js';
import {
  buildWorkshopInput,
  createWorkshopWithAgenda,
  joinAsGuest,
  openWorkshop,
  seedElementContent,
  voteMutation,
  type ElementContent,
  type WorkshopResult,
} from './factories/workshop.factory.js';
import { createAssessment } from './factories/assessment.factory.js';
import { errorOf, expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

const create = `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`;
const add = `mutation($input: AddWorkshopItemInput!) { addWorkshopItem(input: $input) { id } }`;
const record = `mutation($input: RecordWorkshopOutcomeInput!) { recordWorkshopOutcome(input: $input) { id } }`;
const join = `mutation($c: String!, $n: String!) { joinWorkshopAsGuest(code: $c, displayName: $n) { guestToken } }`;
const byCode = `query($c: String!) { workshopByCode(code: $c) { workshopId } }`;

// Every refusal answers a code and, for input, the field: never a crash.
describe.each(testEngines())('workshop bad input on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  let content: ElementContent;
  let draft: WorkshopResult;
  let open: WorkshopResult;
  let a = '';
  const refusal = async (
    query: string,
    variables: Record<string, unknown>,
    token?: string | null,
  ) => errorOf(await t.gql(query, variables, token));

  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
    a = team.assessment.id;
    content = await seedElementContent(t, a, team.assignedElement);
    draft = await createWorkshopWithAgenda(t, a, content);
    open = await openWorkshop(t, a, (await createWorkshopWithAgenda(t, a, content)).id);
  });
  afterAll(() => t.close());

  it('refuses malformed workshops and agenda items with the field at fault', async () => {
    expect(await refusal(create, { input: buildWorkshopInput(a, { title: '  ' }) })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'title',
    });
    expect(
      await refusal(create, { input: buildWorkshopInput(a, { title: 'x'.repeat(201) }) }),
    ).toMatchObject({ field: 'title' });
    const base = {
      assessmentId: a,
      workshopId: draft.id,
      elementKey: content.elementKey,
      subElementKey: content.subElementKey,
    };
    const cases: [Record<string, unknown>, { code: string; field: string }][] = [
      [{ kind: 'FINDING' }, { code: 'BAD_USER_INPUT', field: 'findingId' }],
      [{ kind: 'RATING' }, { code: 'BAD_USER_INPUT', field: 'questionKey' }],
      [
        { kind: 'FINDING', findingId: 'no such finding' },
        { code: 'BAD_USER_INPUT', field: 'findingId' },
      ],
      [
        { kind: 'FINDING', findingId: 'unknown-finding' },
        { code: 'NOT_FOUND', field: 'findingId' },
      ],
      [
        { kind: 'FINDING', findingId: content.findingId, elementKey: 'no-such-element' },
        { code: 'NOT_FOUND', field: 'elementKey' },
      ],
      [
        { kind: 'FINDING', findingId: content.findingId, elementKey: team.unassignedElement },
        { code: 'NOT_FOUND', field: 'subElementKey' },
      ],
      [
        { kind: 'RATING', questionKey: 'no-such-question' },
        { code: 'NOT_FOUND', field: 'questionKey' },
      ],
    ];
    for (const [input, expected] of cases) {
      expect(await refusal(add, { input: { ...base, ...input } }), JSON.stringify(input)).toEqual(
        expected,
      );
    }
    expect(
      await refusal(add, {
        input: { ...base, workshopId: 'not-an-id', kind: 'FINDING', findingId: content.findingId },
      }),
    ).toEqual({ code: 'NOT_FOUND', field: 'workshopId' });
  });

  it('refuses moves out of range, opening an empty agenda and removing an item with votes', async () => {
    const move = `mutation($a: ID!, $i: ID!, $p: Int!) { moveWorkshopItem(assessmentId: $a, itemId: $i, position: $p) { id } }`;
    expect(await refusal(move, { a, i: draft.items[0]?.id, p: 5 })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'position',
    });
    const empty = expectData(
      await t.gql<{ createWorkshop: { id: string } }>(create, { input: buildWorkshopInput(a) }),
    ).createWorkshop;
    const openIt = `mutation($a: ID!, $id: ID!) { openWorkshop(assessmentId: $a, id: $id) { id } }`;
    expect((await refusal(openIt, { a, id: empty.id })).code).toBe('CONFLICT');
    expect((await refusal(openIt, { a, id: open.id })).code).toBe('CONFLICT');
    expectData(
      await t.gql(
        voteMutation,
        { input: { workshopId: open.id, itemId: open.currentItemId, vote: 'AGREE' } },
        team.cso.token,
      ),
    );
    const remove = `mutation($a: ID!, $i: ID!) { removeWorkshopItem(assessmentId: $a, itemId: $i) { id } }`;
    expect(await refusal(remove, { a, i: open.currentItemId })).toEqual({
      code: 'CONFLICT',
      field: 'itemId',
    });
  });

  it('refuses votes that are malformed, out of turn or without a pass', async () => {
    const vote = (input: Record<string, unknown>, token: string | null = team.cso.token) =>
      refusal(
        voteMutation,
        { input: { workshopId: open.id, itemId: open.currentItemId, vote: 'AGREE', ...input } },
        token,
      );
    expect(await vote({ comment: 'x'.repeat(501) })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'comment',
    });
    expect((await vote({ vote: 'MAYBE' })).code).toBeDefined();
    expect(await vote({ itemId: open.items[1]?.id })).toEqual({
      code: 'CONFLICT',
      field: 'itemId',
    });
    expect(await vote({ workshopId: draft.id, itemId: draft.items[0]?.id })).toEqual({
      code: 'CONFLICT',
      field: 'workshopId',
    });
    expect(await vote({ workshopId: 'nope' })).toEqual({ code: 'NOT_FOUND', field: 'workshopId' });
    expect(await vote({}, null)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await vote({ guestToken: 'forged' }, null)).toEqual({
      code: 'NOT_FOUND',
      field: 'guestToken',
    });
    expect(await vote({}, team.outsider.token)).toEqual({ code: 'NOT_FOUND', field: 'workshopId' });
  });

  it('refuses outcomes that are incomplete or too early', async () => {
    const input = { assessmentId: a, itemId: open.items[0]?.id };
    expect(await refusal(record, { input: { ...input, outcome: 'AMENDED' } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'amendedText',
    });
    expect(
      await refusal(record, { input: { ...input, outcome: 'VALIDATED', amendedText: 'x' } }),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'amendedText' });
    expect(
      await refusal(record, { input: { ...input, outcome: 'VALIDATED', note: 'x'.repeat(2001) } }),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'note' });
    const rating = { ...input, itemId: open.items[1]?.id, outcome: 'AMENDED' };
    expect(
      await refusal(record, { input: { ...input, outcome: 'AMENDED', amendedRating: 'NOT_MET' } }),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'amendedText' });
    expect(await refusal(record, { input: { ...rating, amendedText: 'Reworded' } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'amendedRating',
    });
    expect(
      await refusal(record, { input: { ...rating, amendedText: 'x', amendedRating: 'PARTIAL' } }),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'amendedRating' });
    expect(
      await refusal(record, { input: { ...input, outcome: 'DISPUTED', amendedRating: 'PARTIAL' } }),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'amendedRating' });
    expect((await refusal(record, { input: { ...rating, amendedRating: 'GREAT' } })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (
        await refusal(record, {
          input: { ...input, itemId: draft.items[0]?.id, outcome: 'VALIDATED' },
        })
      ).code,
    ).toBe('CONFLICT');
  });

  it('refuses guests without a name and changes to an archived assessment', async () => {
    expect(await refusal(join, { c: open.joinCode, n: '   ' }, null)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'displayName',
    });
    expect(await refusal(join, { c: open.joinCode, n: 'x'.repeat(61) }, null)).toMatchObject({
      field: 'displayName',
    });
    const archived = await createAssessment(t, { title: 'Archived' });
    expectData(
      await t.gql(`mutation($id: ID!) { archiveAssessment(id: $id) { id } }`, { id: archived.id }),
    );
    expect((await refusal(create, { input: buildWorkshopInput(archived.id) })).code).toBe(
      'ASSESSMENT_ARCHIVED',
    );
  });

  it('limits unknown codes per address, then refuses even a good one for a while', async () => {
    await joinAsGuest(t, open.joinCode ?? '');
    const answers: string[] = [];
    for (let i = 0; i < 21; i += 1) {
      answers.push(
        (await refusal(byCode, { c: `ZZZZ${i.toString().padStart(2, '2')}` }, null)).code ?? '',
      );
    }
    expect(answers.slice(0, 20).every((c) => c === 'NOT_FOUND')).toBe(true);
    expect(answers[20]).toBe('RATE_LIMITED');
    expect((await refusal(join, { c: open.joinCode, n: 'Late guest' }, null)).code).toBe(
      'RATE_LIMITED',
    );
  });
});

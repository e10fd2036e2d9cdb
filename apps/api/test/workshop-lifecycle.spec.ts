import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssessmentPhase } from '../src/modules/assessments/assessment-phase.js';
import { PhaseChecks } from '../src/modules/assessments/phase-checks.js';
import { createTeam, type Team } from './factories/team.factory.js';
import {
  addItem,
  buildWorkshopInput,
  findingTextNow,
  questionRatingNow,
  joinAsGuest,
  seedElementContent,
  voteMutation,
  workshopFields,
  type ElementContent,
  type WorkshopResult,
} from './factories/workshop.factory.js';
import { errorOf, expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

type MatrixFinding = { id: string; text: string; validation: Record<string, unknown> | null };
type MatrixElement = {
  subElements: {
    subElementKey: string;
    strengths: MatrixFinding[];
    weaknesses: MatrixFinding[];
    ratingOutcomes: Record<string, unknown>[];
  }[];
};
const matrixQuery = `query($a: ID!) { analysisMatrix(assessmentId: $a) { elements { subElements {
  subElementKey
  strengths { id text validation { outcome note } }
  weaknesses { id text validation { outcome note } }
  ratingOutcomes { questionKey outcome amendedRating } } } } }`;

// A workshop from agenda to close: members and a guest vote, the moderator moves through the
// agenda and records outcomes, which reach the element document, the audit log and the phase gate.
describe.each(testEngines())('workshop lifecycle on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  let content: ElementContent;
  let workshop: WorkshopResult;
  let guestToken = '';
  let a = '';
  const mod = () => team.moderator.token;

  const run = async <T>(query: string, variables: Record<string, unknown>, token: string | null) =>
    expectData(await t.gql<T>(query, variables, token));
  const vote = (input: Record<string, unknown>, token: string | null) =>
    t.gql<{ castWorkshopVote: { myVote: string; tally: Record<string, number> } }>(
      voteMutation,
      { input: { workshopId: workshop.id, ...input } },
      token,
    );
  const read = async (token: string) =>
    (
      await run<{ workshop: WorkshopResult }>(
        `query($a: ID!, $id: ID!) { workshop(assessmentId: $a, id: $id) { ${workshopFields} } }`,
        { a, id: workshop.id },
        token,
      )
    ).workshop;

  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
    a = team.assessment.id;
    content = await seedElementContent(t, a, team.assignedElement);
  });
  afterAll(() => t.close());

  it('prepares an agenda from the element document and opens with a join code', async () => {
    const created = await run<{ createWorkshop: WorkshopResult }>(
      `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { ${workshopFields} } }`,
      { input: buildWorkshopInput(a) },
      mod(),
    );
    expect(created.createWorkshop).toMatchObject({ status: 'DRAFT', joinCode: null, items: [] });
    const base = {
      assessmentId: a,
      workshopId: created.createWorkshop.id,
      elementKey: content.elementKey,
      subElementKey: content.subElementKey,
    };
    await addItem(t, { ...base, kind: 'FINDING', findingId: content.findingId }, mod());
    const prepared = await addItem(
      t,
      { ...base, kind: 'RATING', questionKey: content.questionKey },
      mod(),
    );
    expect(prepared.items.map((i) => [i.position, i.kind, i.rating])).toEqual([
      [0, 'FINDING', null],
      [1, 'RATING', 'PARTIAL'],
    ]);
    expect(prepared.items[0]?.statement).toBe(content.findingText);
    expect(prepared.items[1]?.statement).toMatch(/: PARTIAL$/);
    const opened = await run<{ openWorkshop: WorkshopResult }>(
      `mutation($a: ID!, $id: ID!) { openWorkshop(assessmentId: $a, id: $id) { ${workshopFields} } }`,
      { a, id: prepared.id },
      mod(),
    );
    workshop = opened.openWorkshop;
    expect(workshop.status).toBe('OPEN');
    expect(workshop.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(workshop.currentItemId).toBe(workshop.items[0]?.id);
  });

  it('lets members and a guest find it by code, join and vote; a vote again replaces', async () => {
    const code = workshop.joinCode ?? '';
    const byCode = `query($c: String!) { workshopByCode(code: $c) { workshopId title status isMember } }`;
    const lower = `${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`;
    expect(
      (await run<{ workshopByCode: { isMember: boolean } }>(byCode, { c: lower }, null))
        .workshopByCode,
    ).toMatchObject({ workshopId: workshop.id, isMember: false });
    expect(
      (await run<{ workshopByCode: { isMember: boolean } }>(byCode, { c: code }, team.cso.token))
        .workshopByCode.isMember,
    ).toBe(true);
    guestToken = (await joinAsGuest(t, code, 'Amina (Ministry of Interior)')).guestToken;
    const item = workshop.items[0]?.id;
    expectData(await vote({ itemId: item, vote: 'AGREE', comment: 'Yes' }, team.ministry.token));
    expectData(
      await vote({ itemId: item, vote: 'DISAGREE', comment: 'The law allows it' }, team.cso.token),
    );
    expectData(await vote({ itemId: item, vote: 'AGREE_WITH_CHANGES', guestToken }, null));
    const again = expectData(
      await vote(
        { itemId: item, vote: 'AGREE_WITH_CHANGES', comment: 'Say which law' },
        team.ministry.token,
      ),
    );
    expect(again.castWorkshopVote).toMatchObject({
      myVote: 'AGREE_WITH_CHANGES',
      tally: { agree: 0, agreeWithChanges: 2, disagree: 1, total: 3 },
    });
    expect(
      errorOf(await vote({ itemId: workshop.items[1]?.id, vote: 'AGREE' }, team.cso.token)).code,
    ).toBe('CONFLICT');
  });

  it('shows comments to the moderator only, and each viewer their own vote', async () => {
    const asModerator = await read(mod());
    expect(asModerator.participantCount).toBe(3);
    expect(asModerator.items[0]?.comments.map((c) => c.comment).sort()).toEqual([
      'Say which law',
      'The law allows it',
    ]);
    const asMinistry = await read(team.ministry.token);
    expect(asMinistry.items[0]).toMatchObject({ comments: [], myVote: 'AGREE_WITH_CHANGES' });
    const asGuest = (
      await run<{ workshopAsGuest: WorkshopResult }>(
        `query($g: String!) { workshopAsGuest(guestToken: $g) { ${workshopFields} } }`,
        { g: guestToken },
        null,
      )
    ).workshopAsGuest;
    expect(asGuest).toMatchObject({ joinCode: null, id: workshop.id });
    expect(asGuest.items[0]).toMatchObject({ comments: [], myVote: 'AGREE_WITH_CHANGES' });
  });

  it('moves to the next item and takes votes there', async () => {
    const moved = await run<{ setCurrentWorkshopItem: WorkshopResult }>(
      `mutation($a: ID!, $w: ID!, $i: ID!) { setCurrentWorkshopItem(assessmentId: $a, workshopId: $w, itemId: $i) { currentItemId } }`,
      { a, w: workshop.id, i: workshop.items[1]?.id },
      mod(),
    );
    expect(moved.setCurrentWorkshopItem.currentItemId).toBe(workshop.items[1]?.id);
    expectData(await vote({ itemId: workshop.items[1]?.id, vote: 'AGREE', guestToken }, null));
  });

  it('writes outcomes back: an amended finding’s text changes in the live document', async () => {
    const record = `mutation($input: RecordWorkshopOutcomeInput!) { recordWorkshopOutcome(input: $input) { id outcome amendedText outcomeNote } }`;
    const amended = 'The registry and the agency share data; a legal basis is being drafted.';
    const first = await run<{ recordWorkshopOutcome: { outcome: string } }>(
      record,
      {
        input: {
          assessmentId: a,
          itemId: workshop.items[0]?.id,
          outcome: 'AMENDED',
          amendedText: amended,
          note: 'Room agreed with changes',
        },
      },
      mod(),
    );
    expect(first.recordWorkshopOutcome).toMatchObject({ outcome: 'AMENDED', amendedText: amended });
    expect(await findingTextNow(t, a, content)).toBe(amended);
    expect(await questionRatingNow(t, a, content)).toBe('PARTIAL');
    const rated = await run<{ recordWorkshopOutcome: { amendedRating: string } }>(
      record.replace('outcomeNote', 'outcomeNote amendedRating'),
      {
        input: {
          assessmentId: a,
          itemId: workshop.items[1]?.id,
          outcome: 'AMENDED',
          amendedRating: 'NOT_MET',
        },
      },
      mod(),
    );
    expect(rated.recordWorkshopOutcome.amendedRating).toBe('NOT_MET');
    expect(await questionRatingNow(t, a, content)).toBe('NOT_MET');
  });

  it('shows every member what the workshop decided, in the matrix too', async () => {
    const outcomes = (
      await run<{ validationOutcomes: Record<string, unknown>[] }>(
        `query($a: ID!, $e: String) { validationOutcomes(assessmentId: $a, elementKey: $e) {
          kind outcome findingId questionKey amendedRating note workshopId } }`,
        { a, e: content.elementKey },
        team.observer.token,
      )
    ).validationOutcomes;
    expect(outcomes.map((o) => [o.kind, o.outcome, o.findingId ?? o.questionKey]).sort()).toEqual([
      ['FINDING', 'AMENDED', content.findingId],
      ['RATING', 'AMENDED', content.questionKey],
    ]);
    expect(outcomes.find((o) => o.kind === 'RATING')).toMatchObject({
      amendedRating: 'NOT_MET',
      workshopId: workshop.id,
    });
    const elsewhere = await run<{ validationOutcomes: unknown[] }>(
      `query($a: ID!) { validationOutcomes(assessmentId: $a, elementKey: "no-such-element") { itemId } }`,
      { a },
      team.observer.token,
    );
    expect(elsewhere.validationOutcomes).toEqual([]);
    expect(
      errorOf(
        await t.gql(
          `query($a: ID!) { validationOutcomes(assessmentId: $a) { itemId } }`,
          { a },
          team.outsider.token,
        ),
      ).code,
    ).toBe('NOT_FOUND');
    const matrix = (
      await run<{ analysisMatrix: { elements: MatrixElement[] } }>(matrixQuery, { a }, mod())
    ).analysisMatrix;
    const sub = matrix.elements
      .flatMap((e) => e.subElements)
      .find((s) => s.subElementKey === content.subElementKey);
    const finding = [...(sub?.strengths ?? []), ...(sub?.weaknesses ?? [])].find(
      (f) => f.id === content.findingId,
    );
    expect(finding).toMatchObject({
      text: 'The registry and the agency share data; a legal basis is being drafted.',
      validation: { outcome: 'AMENDED', note: 'Room agreed with changes' },
    });
    expect(sub?.ratingOutcomes).toEqual([
      { questionKey: content.questionKey, outcome: 'AMENDED', amendedRating: 'NOT_MET' },
    ]);
  });

  it('closes: the code stops working, votes are refused, the ENGAGE check is met', async () => {
    const check = () =>
      t.app.get(DataSource).transaction(async (m) =>
        t.app
          .get(PhaseChecks)
          .of(AssessmentPhase.ENGAGE)
          .find((c) => c.key === 'workshops.closedWithOutcomes')
          ?.evaluate(m, a),
      );
    expect(await check()).toMatchObject({ met: false });
    const closed = await run<{ closeWorkshop: WorkshopResult }>(
      `mutation($a: ID!, $id: ID!) { closeWorkshop(assessmentId: $a, id: $id) { status joinCode currentItemId } }`,
      { a, id: workshop.id },
      mod(),
    );
    expect(closed.closeWorkshop).toEqual({ status: 'CLOSED', joinCode: null, currentItemId: null });
    const byCode = await t.gql(
      `query($c: String!) { workshopByCode(code: $c) { workshopId } }`,
      { c: workshop.joinCode },
      null,
    );
    expect(errorOf(byCode).code).toBe('NOT_FOUND');
    expect(
      errorOf(await vote({ itemId: workshop.items[1]?.id, vote: 'AGREE', guestToken }, null)).code,
    ).toBe('CONFLICT');
    expect(await check()).toEqual({ met: true, count: 2, total: 2 });
  });

  it('leaves an audit trail of keys and counts, never the words', async () => {
    const rows = await t.app
      .get(DataSource)
      .query<{ action: string; summary: Record<string, unknown> }[]>(
        `SELECT action, summary FROM audit_event WHERE assessment_id = $1 AND action LIKE 'workshop.%' ORDER BY seq`,
        [a],
      );
    expect(rows.map((r) => r.action)).toEqual([
      'workshop.create',
      'workshop.item.add',
      'workshop.item.add',
      'workshop.open',
      'workshop.current',
      'workshop.outcome',
      'workshop.outcome',
      'workshop.close',
    ]);
    const amended = rows.find((r) => r.action === 'workshop.outcome');
    expect(amended?.summary).toMatchObject({
      findingId: content.findingId,
      outcome: 'AMENDED',
      documentChanged: true,
      tally: { total: 3 },
    });
    expect(JSON.stringify(rows)).not.toMatch(/ID agency|Amina|Say which law|drafted/i);
  });
});

import { addEvidenceRef, setRating } from '@idgov/assessment-doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { AssessmentPhase } from '../src/modules/assessments/assessment-phase.js';
import { PhaseChecks } from '../src/modules/assessments/phase-checks.js';
import {
  buildGapInput,
  changeElement,
  gapTransitionMutation,
  informationGapsQuery,
  memberIds,
  raiseGap,
  raiseGapMutation,
  structureOf,
  updateGapMutation,
  writeAnswer,
  type GapResult,
} from './factories/analysis.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

type Sub = { elementKey: string; subElementKey: string; questionKeys: string[] };

// Derived gaps follow the element documents; gaps raised by hand are followed up by moderators
// and contributors (owner, due date, acknowledge, resolve, reopen), read by every member.
describe.each(testEngines())('information gaps on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  let sub: Sub;
  let tracked: GapResult;
  const a = () => team.assessment.id;
  const gaps = async (filter: Record<string, unknown> = {}, token?: string) =>
    expectData(
      await t.gql<{ informationGaps: { total: number; items: GapResult[] } }>(
        informationGapsQuery,
        { a: a(), filter },
        token,
      ),
    ).informationGaps.items;
  const move = (name: 'acknowledgeGap' | 'resolveGap' | 'reopenGap', token: string) =>
    t.gql<Record<string, GapResult>>(
      gapTransitionMutation(name),
      { a: a(), id: tracked.id },
      token,
    );

  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
    const subs = await structureOf(t, a(), team.assignedElement);
    sub = subs[0] as Sub;
    expectData(
      await t.gql(
        `mutation($a: ID!) { setMyAttribution(assessmentId: $a, attribution: PSEUDONYM) { id } }`,
        { a: a() },
        team.cso.token,
      ),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('derives NO_ANSWER, NO_EVIDENCE and RATING_UNKNOWN per enabled question', async () => {
    const [q1, q2, q3] = sub.questionKeys as [string, string, string];
    await changeElement(t, a(), team.assignedElement, (doc) => {
      writeAnswer(doc, q1, 'The Identity Act 2019 governs enrolment.');
      addEvidenceRef(doc, q1, { evidenceId: 'ev-1', pinpoint: 's. 4' });
      setRating(doc, q1, 'UNKNOWN');
      setRating(doc, q2, 'NOT_APPLICABLE');
      writeAnswer(doc, q3, '   ');
    });
    const items = await gaps({ elementKey: team.assignedElement }, team.observer.token);
    const of = (q: string) => items.filter((g) => g.questionKey === q).map((g) => g.kind);
    expect(of(q1)).toEqual(['RATING_UNKNOWN']);
    expect(of(q2)).toEqual([]);
    expect(of(q3)).toEqual(['NO_ANSWER', 'NO_EVIDENCE']);
    expect(items.every((g) => g.elementKey === team.assignedElement && g.status === null)).toBe(
      true,
    );
    expect(items[0]).toMatchObject({ subElementKey: sub.subElementKey, questionKey: q1 });

    const unknown = await gaps({ kind: 'RATING_UNKNOWN' });
    expect(unknown.map((g) => g.questionKey)).toEqual([q1]);
    const everything = await gaps();
    expect(new Set(everything.map((g) => g.elementKey)).size).toBeGreaterThan(1);
  });

  it('tracks a derived gap with an owner shown as the viewer may see them', async () => {
    const cso = (await memberIds(t, a())).find((m) => m.label === 'Cleo Civil');
    const q3 = sub.questionKeys[2] as string;
    tracked = await raiseGap(
      t,
      buildGapInput(a(), sub, {
        questionKey: q3,
        source: 'NO_EVIDENCE',
        ownerMemberId: cso?.id,
        dueDate: '2020-01-31',
      }),
      team.ministry.token,
    );
    expect(tracked).toMatchObject({
      kind: 'TRACKED',
      status: 'OPEN',
      source: 'NO_EVIDENCE',
      overdue: true,
    });
    // Civil society chose a pseudonym: the government contributor sees no name.
    expect(tracked.owner?.label).toMatch(/^Civil society contributor \d+$/);
    expect(tracked.owner?.userId).toBeNull();
    expect(tracked.createdBy?.label).toBe('Mika Ministry');

    const mine = await gaps({ ownedByMe: true }, team.cso.token);
    expect(mine.map((g) => g.id)).toEqual([tracked.id]);
    expect(mine[0]).toMatchObject({
      ownedByYou: true,
      owner: { label: 'Cleo Civil', isYou: true },
    });
    expect(await gaps({ ownedByMe: true }, team.ministry.token)).toEqual([]);
    expect((await gaps({ overdue: true })).map((g) => g.id)).toEqual([tracked.id]);

    const derived = (await gaps({ kind: 'NO_EVIDENCE' })).find((g) => g.questionKey === q3);
    expect(derived?.trackedGapId).toBe(tracked.id);
  });

  it('changes owner, due date and description; null clears', async () => {
    const res = await t.gql<{ updateGap: GapResult }>(
      updateGapMutation,
      {
        a: a(),
        id: tracked.id,
        input: { ownerMemberId: null, dueDate: '2099-12-31', description: ' Ask the registrar ' },
      },
      team.cso.token,
    );
    expect(expectData(res).updateGap).toMatchObject({
      owner: null,
      dueDate: '2099-12-31',
      overdue: false,
      description: 'Ask the registrar',
    });
  });

  it('acknowledges, resolves and reopens; refuses a move the status does not allow', async () => {
    expect(
      expectData(await move('acknowledgeGap', team.moderator.token)).acknowledgeGap?.status,
    ).toBe('ACKNOWLEDGED');
    expect(
      expectData(await move('acknowledgeGap', team.moderator.token)).acknowledgeGap?.status,
    ).toBe('ACKNOWLEDGED');
    expect(expectData(await move('resolveGap', team.ministry.token)).resolveGap?.status).toBe(
      'RESOLVED',
    );
    const refused = await move('acknowledgeGap', team.ministry.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(
      (await gaps({ kind: 'NO_EVIDENCE' })).find((g) => g.questionKey === sub.questionKeys[2])
        ?.trackedGapId,
    ).toBeNull();
    expect(expectData(await move('reopenGap', team.ministry.token)).reopenGap?.status).toBe('OPEN');
    expect((await gaps({ status: 'OPEN' })).map((g) => g.id)).toEqual([tracked.id]);
  });

  it('lets members read but only moderators and contributors manage', async () => {
    for (const person of [team.reviewer, team.observer]) {
      expect((await move('resolveGap', person.token)).errors?.[0]?.extensions?.code).toBe(
        'FORBIDDEN',
      );
      const res = await t.gql(raiseGapMutation, { input: buildGapInput(a(), sub) }, person.token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const outsider = await t.gql(informationGapsQuery, { a: a() }, team.outsider.token);
    expect(outsider.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers bad input with the offending field', async () => {
    const otherMember = (await memberIds(t, team.other.id))[0]?.id;
    const cases: [Record<string, unknown>, string][] = [
      [{ subElementKey: 'no-such-sub-element' }, 'subElementKey'],
      [{ elementKey: team.unassignedElement }, 'elementKey'],
      [{ questionKey: 'no-such-question' }, 'questionKey'],
      [{ description: '   ' }, 'description'],
      [{ dueDate: '2024-02-30' }, 'dueDate'],
      [{ source: 'NO_ANSWER' }, 'questionKey'],
      [{ ownerMemberId: otherMember }, 'ownerMemberId'],
    ];
    for (const [overrides, field] of cases) {
      const res = await t.gql(raiseGapMutation, { input: buildGapInput(a(), sub, overrides) });
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('audits every change without the description', async () => {
    const rows = await t.app
      .get(DataSource)
      .query<{ action: string; summary: Record<string, unknown> }[]>(
        `SELECT action, summary FROM audit_event WHERE target_id = $1 ORDER BY seq`,
        [tracked.id],
      );
    expect(rows.map((r) => r.action)).toEqual([
      'analysis.gap.raise',
      'analysis.gap.update',
      'analysis.gap.acknowledge',
      'analysis.gap.resolve',
      'analysis.gap.reopen',
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/registrar|rural/);
  });

  it('keeps the assessment in ANALYSE while a tracked gap is OPEN', async () => {
    const check = t.app
      .get(PhaseChecks)
      .of(AssessmentPhase.ANALYSE)
      .find((c) => c.key === 'analysis.noOpenGaps');
    const manager = t.app.get(DataSource).manager;
    expect(await check?.evaluate(manager, a())).toEqual({ met: false, count: 1, total: 1 });
    expectData(await move('resolveGap', team.moderator.token));
    expect(await check?.evaluate(manager, a())).toEqual({ met: true, count: 0, total: 1 });
  });

  it('refuses changes to an archived assessment', async () => {
    const subs = await structureOf(t, team.other.id, team.assignedElement);
    expectData(
      await t.gql(`mutation($id: ID!) { archiveAssessment(id: $id) { id } }`, {
        id: team.other.id,
      }),
    );
    const res = await t.gql(raiseGapMutation, {
      input: buildGapInput(team.other.id, subs[0] as Sub),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('ASSESSMENT_ARCHIVED');
  });
});

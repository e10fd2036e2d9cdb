import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { AssessmentPhase } from '../src/modules/assessments/assessment-phase.js';
import { PhaseChecks } from '../src/modules/assessments/phase-checks.js';
import {
  buildRatingInput,
  clearConsolidatedMutation,
  setConsolidatedMutation,
  structureOf,
  subElementRatingsQuery,
  submitRatingMutation,
  withdrawRatingMutation,
  type SubElementRatingsResult,
} from './factories/analysis.factory.js';
import { createTeam, type Person, type Team } from './factories/team.factory.js';
import { expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

// Members rate sub-elements for their stakeholder group; everyone sees counts per group and the
// divergences, each person only their own rating; the moderator consolidates.
describe.each(testEngines())('split ratings on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  let subKey = '';
  const a = () => team.assessment.id;
  const rate = async (person: Person, rating: string, comment?: string) =>
    expectData(
      await t.gql<{ submitStakeholderRating: SubElementRatingsResult }>(
        submitRatingMutation,
        { input: buildRatingInput(a(), subKey, { rating, comment }) },
        person.token,
      ),
    ).submitStakeholderRating;
  const read = async (token: string) =>
    expectData(
      await t.gql<{ subElementRatings: SubElementRatingsResult[] }>(
        subElementRatingsQuery,
        { a: a(), e: team.assignedElement },
        token,
      ),
    ).subElementRatings.find((s) => s.subElementKey === subKey) as SubElementRatingsResult;
  const countsOf = (s: SubElementRatingsResult, group: string) =>
    Object.fromEntries(
      (s.groups.find((g) => g.group === group)?.counts ?? [])
        .filter((c) => c.count > 0)
        .map((c) => [c.rating, c.count]),
    );

  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
    subKey = (await structureOf(t, a(), team.assignedElement))[0]?.subElementKey ?? '';
  });
  afterAll(async () => {
    await t.close();
  });

  it('counts ratings per group from each member organisation and flags two steps apart', async () => {
    await rate(team.ministry, 'MEETS_TARGET', 'The law is in force');
    await rate(team.cso, 'NOT_MET');
    await rate(team.reviewer, 'PARTIAL');
    const split = await rate(team.moderator, 'PARTIAL');
    expect(split.total).toBe(4);
    expect(split.groups.map((g) => [g.group, g.total, g.majority])).toEqual([
      ['GOVERNMENT', 1, 'MEETS_TARGET'],
      ['CIVIL_SOCIETY', 1, 'NOT_MET'],
      ['UNDP', 2, 'PARTIAL'],
      ['OTHER', 0, null],
    ]);
    expect(countsOf(split, 'UNDP')).toEqual({ PARTIAL: 2 });
    expect(split.divergent).toBe(true);
    expect(split.divergence).toEqual({
      reason: 'TWO_STEPS_APART',
      groups: ['GOVERNMENT', 'CIVIL_SOCIETY'],
    });
  });

  it('shows each person only their own rating', async () => {
    expect((await read(team.ministry.token)).myRating).toEqual({
      rating: 'MEETS_TARGET',
      comment: 'The law is in force',
      group: 'GOVERNMENT',
    });
    expect((await read(team.cso.token)).myRating?.rating).toBe('NOT_MET');
    const observed = await read(team.observer.token);
    expect(observed.myRating).toBeNull();
    // Nothing in the answer names a rater or carries a comment of someone else.
    const raw = JSON.stringify(observed);
    for (const secret of ['Mika', 'Cleo', 'Rafa', 'law is in force', team.cso.user.id]) {
      expect(raw).not.toContain(secret);
    }
  });

  it('keeps the group a rating was given for, and changes it only on rating again', async () => {
    await t.app
      .get(DataSource)
      .query(`UPDATE assessment_member SET organisation_id = $1 WHERE user_id = $2`, [
        team.orgs.ministry,
        team.cso.user.id,
      ]);
    expect(countsOf(await read(team.observer.token), 'CIVIL_SOCIETY')).toEqual({ NOT_MET: 1 });
    const again = await rate(team.cso, 'UNKNOWN');
    expect(again.myRating?.group).toBe('GOVERNMENT');
    expect(countsOf(again, 'CIVIL_SOCIETY')).toEqual({});
    // GOVERNMENT is now tied (MEETS_TARGET 1, UNKNOWN 1): no majority, no voice.
    expect(again.groups.find((g) => g.group === 'GOVERNMENT')?.majority).toBeNull();
    expect(again.divergent).toBe(false);
  });

  it('withdraws a rating and flags UNKNOWN against a rated group', async () => {
    const withdrawn = expectData(
      await t.gql<{ withdrawStakeholderRating: SubElementRatingsResult }>(
        withdrawRatingMutation,
        { a: a(), s: subKey },
        team.ministry.token,
      ),
    ).withdrawStakeholderRating;
    expect(withdrawn.myRating).toBeNull();
    expect(withdrawn.total).toBe(3);
    expect(withdrawn.divergence).toEqual({
      reason: 'UNKNOWN_AGAINST_RATED',
      groups: ['GOVERNMENT', 'UNDP'],
    });
  });

  it('lets moderators, contributors and reviewers rate; observers and outsiders not', async () => {
    const input = buildRatingInput(a(), subKey);
    const observer = await t.gql(submitRatingMutation, { input }, team.observer.token);
    expect(observer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outsider = await t.gql(subElementRatingsQuery, { a: a() }, team.outsider.token);
    expect(outsider.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await t.gql(submitRatingMutation, {
      input: buildRatingInput(a(), 'no-such-sub-element'),
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'subElementKey',
    });
    const long = await t.gql(submitRatingMutation, {
      input: buildRatingInput(a(), subKey, { comment: 'x'.repeat(501) }),
    });
    expect(long.errors?.[0]?.extensions).toMatchObject({ field: 'comment' });
  });

  it('sets and clears the consolidated rating (moderators only), beside the split', async () => {
    const input = {
      assessmentId: a(),
      subElementKey: subKey,
      rating: 'PARTIAL',
      rationale: ' Law in force, gaps in practice ',
    };
    const refused = await t.gql(setConsolidatedMutation, { input }, team.ministry.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const blank = await t.gql(
      setConsolidatedMutation,
      { input: { ...input, rationale: ' ' } },
      team.moderator.token,
    );
    expect(blank.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'rationale',
    });
    const set = expectData(
      await t.gql<{ setConsolidatedRating: SubElementRatingsResult }>(
        setConsolidatedMutation,
        { input },
        team.moderator.token,
      ),
    ).setConsolidatedRating;
    expect(set.consolidated).toEqual({
      rating: 'PARTIAL',
      rationale: 'Law in force, gaps in practice',
      setBy: { label: 'Mona Moderator' },
    });
    expect((await read(team.observer.token)).consolidated?.rating).toBe('PARTIAL');

    const check = t.app
      .get(PhaseChecks)
      .of(AssessmentPhase.ANALYSE)
      .find((c) => c.key === 'analysis.consolidatedRatings');
    const result = await check?.evaluate(t.app.get(DataSource).manager, a());
    expect(result).toMatchObject({ met: false, count: 1 });
    expect(result?.total).toBeGreaterThan(20);

    const cleared = expectData(
      await t.gql<{ clearConsolidatedRating: SubElementRatingsResult }>(
        clearConsolidatedMutation,
        { a: a(), s: subKey },
        team.moderator.token,
      ),
    ).clearConsolidatedRating;
    expect(cleared.consolidated).toBeNull();
  });

  it('audits ratings with their group but never their value', async () => {
    const rows = await t.app
      .get(DataSource)
      .query<{ action: string; summary: Record<string, unknown> }[]>(
        `SELECT action, summary FROM audit_event WHERE action LIKE 'analysis.%' AND assessment_id = $1 ORDER BY seq`,
        [a()],
      );
    const ratings = rows.filter((r) => r.action.startsWith('analysis.rating.'));
    expect(ratings.map((r) => r.action)).toEqual([
      ...Array<string>(5).fill('analysis.rating.submit'),
      'analysis.rating.withdraw',
    ]);
    expect(ratings.every((r) => r.summary.group && !('rating' in r.summary))).toBe(true);
    expect(
      rows
        .filter((r) => r.action.startsWith('analysis.consolidated.'))
        .map((r) => r.summary.rating ?? r.summary.previous),
    ).toEqual(['PARTIAL', 'PARTIAL']);
  });
});

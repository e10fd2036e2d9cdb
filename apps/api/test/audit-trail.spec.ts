import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from './factories/team.factory.js';
import { errorOf, expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

interface Trail {
  auditTrail: {
    total: number;
    nextBefore: number | null;
    events: {
      seq: number;
      action: string;
      actor: string;
      actorName: string | null;
      summary: string;
    }[];
  };
}

const trailQuery = `query($id: ID!, $filter: AuditTrailFilter, $page: AuditTrailPage) {
  auditTrail(assessmentId: $id, filter: $filter, page: $page) {
    total nextBefore events { seq action actor actorName summary }
  }
}`;

describe.each(testEngines())('the audit trail of an assessment on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
    expectData(
      await t.gql(
        `mutation($id: ID!) { updateAssessment(id: $id, input: { scope: "=HYPERLINK(1)" }) { id } }`,
        { id: team.assessment.id },
        team.moderator.token,
      ),
    );
  });
  afterAll(() => t.close());

  const trail = async (vars: Record<string, unknown>, token = team.moderator.token) =>
    expectData(await t.gql<Trail>(trailQuery, { id: team.assessment.id, ...vars }, token))
      .auditTrail;

  it('lists the events newest first, naming actors for moderators', async () => {
    const all = await trail({});
    const seqs = all.events.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(all.total).toBe(all.events.length);
    expect(all.events[0]).toMatchObject({
      action: 'assessment.update',
      actorName: 'Mona Moderator',
    });
    expect(all.events.map((e) => e.action)).toContain('member.add');
  });

  it('filters by action and pages with a cursor', async () => {
    const members = await trail({ filter: { actions: ['member.add'] }, page: { first: 2 } });
    expect(members.total).toBe(5);
    expect(members.events).toHaveLength(2);
    expect(members.nextBefore).toBe(members.events[1]?.seq);
    const rest = await trail({
      filter: { actions: ['member.add'] },
      page: { first: 10, before: members.nextBefore },
    });
    expect(rest.events).toHaveLength(3);
    expect(rest.nextBefore).toBeNull();
    expect(rest.events.every((e) => e.seq < (members.nextBefore ?? 0))).toBe(true);
  });

  it('refuses bad filters and pages with the offending field', async () => {
    const res = await t.gql(
      trailQuery,
      { id: team.assessment.id, page: { first: 5000 } },
      team.moderator.token,
    );
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    const reversed = await t.gql(
      trailQuery,
      {
        id: team.assessment.id,
        filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
      },
      team.moderator.token,
    );
    expect(errorOf(reversed)).toEqual({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('is for moderators only; outsiders learn nothing', async () => {
    for (const who of [team.ministry, team.cso, team.reviewer, team.observer]) {
      expect(errorOf(await t.gql(trailQuery, { id: team.assessment.id }, who.token)).code).toBe(
        'FORBIDDEN',
      );
    }
    expect(
      errorOf(await t.gql(trailQuery, { id: team.assessment.id }, team.outsider.token)).code,
    ).toBe('NOT_FOUND');
  });

  it('exports the filtered trail as CSV that a spreadsheet cannot run', async () => {
    const res = await t
      .http()
      .get(`/api/assessments/${team.assessment.id}/audit.csv?action=assessment.update,member.add`)
      .set('authorization', `Bearer ${team.moderator.token}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'seq,occurredAt,actor,actorName,action,targetType,targetId,summary,requestId,prevHash,hash',
    );
    expect(lines).toHaveLength(1 + 6);
    expect(lines[1]).toContain('assessment.update');
    expect(lines[1]).toContain('Mona Moderator');
    expect(res.text).not.toMatch(/,=HYPERLINK/);
  });

  it('answers the export with HTTP errors for the wrong people and bad input', async () => {
    const url = `/api/assessments/${team.assessment.id}/audit.csv`;
    expect((await t.http().get(url)).status).toBe(401);
    const reviewer = await t.http().get(url).set('authorization', `Bearer ${team.reviewer.token}`);
    expect(reviewer.status).toBe(403);
    const outsider = await t.http().get(url).set('authorization', `Bearer ${team.outsider.token}`);
    expect(outsider.status).toBe(404);
    const badDate = await t
      .http()
      .get(`${url}?from=yesterday`)
      .set('authorization', `Bearer ${team.moderator.token}`);
    expect(badDate.status).toBe(400);
    expect(badDate.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildEvidenceInput,
  buildInterviewInput,
  createEvidence,
  evidenceItemQuery,
  evidenceListQuery,
  updateEvidenceMutation,
  type EvidenceResult,
} from './factories/evidence.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { errorOf, expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

type Viewer = 'admin' | 'moderator' | 'ministry' | 'cso' | 'reviewer' | 'observer';

// Each confidentiality level is seen by the roles it names and by the item's creator; everyone
// else finds it neither in lists nor by id, exactly as if it did not exist.
describe.each(testEngines())('evidence confidentiality on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  const items: Record<string, EvidenceResult> = {};
  const tokenOf = (viewer: Viewer) => (viewer === 'admin' ? t.adminToken : team[viewer].token);

  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
    const a = team.assessment.id;
    for (const level of ['PUBLIC', 'TEAM', 'MODERATORS']) {
      items[level] = await createEvidence(
        t,
        buildEvidenceInput(a, { title: `${level} source`, confidentiality: level }),
        team.moderator.token,
      );
    }
    items['CSO_INTERVIEW'] = await createEvidence(
      t,
      buildInterviewInput(a, { title: 'Interview held by the CSO' }),
      team.cso.token,
    );
  });
  afterAll(() => t.close());

  const visibleTo = async (viewer: Viewer) => {
    const list = expectData(
      await t.gql<{ evidence: { total: number; items: { id: string }[] } }>(
        evidenceListQuery,
        { a: team.assessment.id },
        tokenOf(viewer),
      ),
    ).evidence;
    expect(list.total).toBe(list.items.length);
    const names = Object.keys(items).filter((name) =>
      list.items.some((item) => item.id === items[name]?.id),
    );
    return names;
  };

  it.each([
    ['admin', ['PUBLIC', 'TEAM', 'MODERATORS', 'CSO_INTERVIEW']],
    ['moderator', ['PUBLIC', 'TEAM', 'MODERATORS', 'CSO_INTERVIEW']],
    ['ministry', ['PUBLIC', 'TEAM']],
    ['cso', ['PUBLIC', 'TEAM', 'CSO_INTERVIEW']],
    ['reviewer', ['PUBLIC', 'TEAM']],
    ['observer', ['PUBLIC']],
  ] as const)('lists to %s only %j', async (viewer, expected) => {
    expect((await visibleTo(viewer)).sort()).toEqual([...expected].sort());
  });

  it('answers an item the viewer may not see exactly like a missing one', async () => {
    const ask = (id: string) =>
      t.gql(evidenceItemQuery, { a: team.assessment.id, id }, team.observer.token);
    const hidden = await ask(items['TEAM']?.id ?? '');
    const missing = await ask(crypto.randomUUID());
    expect(errorOf(hidden)).toEqual({ code: 'NOT_FOUND', field: 'id' });
    expect(hidden.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const seen = await ask(items['PUBLIC']?.id ?? '');
    expect(expectData(seen)).toBeTruthy();
  });

  it('keeps interview notes from contributors of other organisations', async () => {
    const res = await t.gql<{ evidenceItem: EvidenceResult }>(
      evidenceItemQuery,
      { a: team.assessment.id, id: items['CSO_INTERVIEW']?.id },
      team.ministry.token,
    );
    expect(errorOf(res).code).toBe('NOT_FOUND');
    expect(JSON.stringify(res)).not.toContain('rural districts');
  });

  it('lets moderators change any item and contributors only what they added', async () => {
    const change = (name: string, viewer: Viewer) =>
      t.gql(
        updateEvidenceMutation,
        { a: team.assessment.id, id: items[name]?.id, input: { summary: `By ${viewer}` } },
        tokenOf(viewer),
      );
    expect(errorOf(await change('PUBLIC', 'ministry')).code).toBe('FORBIDDEN');
    expect(errorOf(await change('PUBLIC', 'reviewer')).code).toBe('FORBIDDEN');
    expect(errorOf(await change('MODERATORS', 'ministry')).code).toBe('NOT_FOUND');
    expect(expectData(await change('CSO_INTERVIEW', 'cso'))).toBeTruthy();
    expect(expectData(await change('CSO_INTERVIEW', 'moderator'))).toBeTruthy();
  });

  it('filters by confidentiality within what the viewer may see', async () => {
    const list = expectData(
      await t.gql<{ evidence: { items: { id: string }[] } }>(
        evidenceListQuery,
        { a: team.assessment.id, filter: { confidentiality: 'MODERATORS' } },
        team.cso.token,
      ),
    ).evidence.items.map((i) => i.id);
    expect(list).toEqual([items['CSO_INTERVIEW']?.id]);
  });
});

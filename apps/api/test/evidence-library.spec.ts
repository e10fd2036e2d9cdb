import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildEvidenceInput,
  buildInterviewInput,
  createEvidence,
  tryCreateEvidence,
  updateEvidenceMutation,
  type EvidenceInput,
  type EvidenceResult,
} from './factories/evidence.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { errorOf, expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

// Sources of every kind are added, changed, archived and restored with their kind's fields,
// refused with the path of the offending field.
describe.each(testEngines())('evidence library on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
  });
  afterAll(() => t.close());

  const build = (overrides: Partial<EvidenceInput>) =>
    buildEvidenceInput(team.assessment.id, overrides);
  const update = async (id: string, input: Record<string, unknown>, token?: string) =>
    t.gql<{ updateEvidence: EvidenceResult }>(
      updateEvidenceMutation,
      { a: team.assessment.id, id, input },
      token,
    );

  it('adds a source of each kind with the fields of that kind', async () => {
    const law = await createEvidence(
      t,
      build({ kind: 'LAW', title: 'National Identity Act', page: null, article: 'Section 12(3)' }),
      team.ministry.token,
    );
    expect(law).toMatchObject({
      kind: 'LAW',
      article: 'Section 12(3)',
      page: null,
      confidentiality: 'TEAM',
      createdByYou: true,
      viewerActions: ['evidence.read', 'evidence.update'],
      createdBy: { label: 'Mika Ministry' },
      interview: null,
      files: [],
    });
    const report = await createEvidence(t, build({ tags: ['ID', 'enrolment', 'id '] }));
    expect(report).toMatchObject({ page: '12-14', date: '2023-06-30', tags: ['ID', 'enrolment'] });
    const website = await createEvidence(
      t,
      build({ kind: 'WEBSITE', page: null, url: 'https://id.example.gov/faq', language: 'fr' }),
    );
    expect(website).toMatchObject({ url: 'https://id.example.gov/faq', language: 'fr' });
    for (const kind of ['POLICY', 'DATASET', 'MEDIA']) {
      expect((await createEvidence(t, build({ kind, page: null }))).kind).toBe(kind);
    }
    const interview = await createEvidence(
      t,
      buildInterviewInput(team.assessment.id, { intervieweeCode: 'kii-07' }),
      team.cso.token,
    );
    expect(interview).toMatchObject({
      kind: 'INTERVIEW',
      confidentiality: 'MODERATORS',
      interview: {
        intervieweeCode: 'KII-07',
        organisationType: 'GOVERNMENT',
        consentRecorded: true,
        notes: 'Enrolment queues are long in rural districts.',
      },
    });
  });

  it.each([
    [{ title: '  ' }, 'title'],
    [{ kind: 'POLICY', page: '4' }, 'page'],
    [{ article: 'Art. 3' }, 'article'],
    [{ kind: 'WEBSITE', page: null }, 'url'],
    [{ url: 'javascript:alert(1)' }, 'url'],
    [{ date: '2023-02-30' }, 'date'],
    [{ language: 'French' }, 'language'],
    [{ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags'],
    [{ intervieweeCode: 'KII-01' }, 'intervieweeCode'],
    [{ notes: 'Not an interview' }, 'notes'],
  ])('refuses a source with %j at %s', async (overrides, field) => {
    const res = await tryCreateEvidence(t, build(overrides));
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it.each([
    [{ intervieweeCode: 'Jane Doe' }, 'intervieweeCode'],
    [{ intervieweeCode: 'JANEDOE' }, 'intervieweeCode'],
    [{ organisationType: null }, 'organisationType'],
    [{ date: null }, 'date'],
    [{ consentRecorded: null }, 'consentRecorded'],
    [{ consentRecorded: false }, 'notes'],
    [{ confidentiality: 'PUBLIC' }, 'confidentiality'],
  ])('refuses an interview with %j at %s', async (overrides, field) => {
    const res = await tryCreateEvidence(t, buildInterviewInput(team.assessment.id, overrides));
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('lists an interview without recorded consent, with no notes', async () => {
    const interview = await createEvidence(
      t,
      buildInterviewInput(team.assessment.id, { consentRecorded: false, notes: null }),
    );
    expect(interview.interview).toMatchObject({ consentRecorded: false, notes: null });
  });

  it('changes the fields given, clears those set to null, and keeps the kind rules', async () => {
    const report = await createEvidence(t, build({}), team.ministry.token);
    const changed = expectData(
      await update(
        report.id,
        { summary: 'Coverage by district', page: null, title: 'Renamed' },
        team.ministry.token,
      ),
    ).updateEvidence;
    expect(changed).toMatchObject({
      title: 'Renamed',
      summary: 'Coverage by district',
      page: null,
    });
    expect(changed.author).toBe(report.author);
    expect(errorOf(await update(report.id, { article: 'Art. 1' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'article',
    });
    expect(errorOf(await update(report.id, { title: null }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'title',
    });
  });

  it('erases interview notes when consent is withdrawn', async () => {
    const interview = await createEvidence(t, buildInterviewInput(team.assessment.id));
    const withdrawn = expectData(
      await update(interview.id, { consentRecorded: false }),
    ).updateEvidence;
    expect(withdrawn.interview).toMatchObject({ consentRecorded: false, notes: null });
    expect(errorOf(await update(interview.id, { notes: 'Again' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'notes',
    });
  });

  it('archives an item out of the lists, still resolvable by id, and restores it', async () => {
    const item = await createEvidence(t, build({ title: 'Archived quarterly bulletin' }));
    const archive = `mutation($a: ID!, $id: ID!) { archiveEvidence(assessmentId: $a, id: $id) { archivedAt } }`;
    const restore = `mutation($a: ID!, $id: ID!) { restoreEvidence(assessmentId: $a, id: $id) { archivedAt } }`;
    const ids = async (includeArchived: boolean) =>
      expectData(
        await t.gql<{ evidence: { items: { id: string }[] } }>(
          `query($a: ID!, $f: EvidenceFilter) { evidence(assessmentId: $a, filter: $f, page: { first: 200 }) { items { id } } }`,
          { a: team.assessment.id, f: { includeArchived } },
        ),
      ).evidence.items.map((i) => i.id);
    expect(
      expectData(
        await t.gql<{ archiveEvidence: { archivedAt: string } }>(archive, {
          a: team.assessment.id,
          id: item.id,
        }),
      ).archiveEvidence.archivedAt,
    ).not.toBeNull();
    expect(await ids(false)).not.toContain(item.id);
    expect(await ids(true)).toContain(item.id);
    const byId = await t.gql<{ evidenceItem: { archivedAt: string | null } }>(
      `query($a: ID!, $id: ID!) { evidenceItem(assessmentId: $a, id: $id) { archivedAt } }`,
      { a: team.assessment.id, id: item.id },
    );
    expect(expectData(byId).evidenceItem.archivedAt).not.toBeNull();
    expect(errorOf(await update(item.id, { summary: 'x' }))).toMatchObject({ code: 'CONFLICT' });
    await t.gql(restore, { a: team.assessment.id, id: item.id });
    expect(await ids(false)).toContain(item.id);
  });
});

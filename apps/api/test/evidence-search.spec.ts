import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildEvidenceInput,
  buildInterviewInput,
  createEvidence,
  evidenceItemQuery,
  evidenceListQuery,
  uploadEvidenceFile,
  type EvidenceResult,
} from './factories/evidence.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { docxWithText, pdfWithText } from './support/evidence-fixtures.js';
import { expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

// Full-text search finds words in an item's own fields, in the text extracted from its PDF and
// DOCX files, and in interview notes for those who may read the interview.
describe.each(testEngines())('evidence search on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  let pdfItem: EvidenceResult;
  let docxItem: EvidenceResult;
  let interview: EvidenceResult;

  const search = async (words: string, token?: string) =>
    expectData(
      await t.gql<{ evidence: { items: { id: string }[] } }>(
        evidenceListQuery,
        { a: team.assessment.id, filter: { search: words } },
        token,
      ),
    ).evidence.items.map((item) => item.id);

  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
    const a = team.assessment.id;
    pdfItem = await createEvidence(t, buildEvidenceInput(a, { title: 'Coverage survey' }));
    docxItem = await createEvidence(
      t,
      buildEvidenceInput(a, {
        kind: 'POLICY',
        page: null,
        title: 'Data protection policy',
        citation: 'Circular axolotl/2022',
        tags: ['Consent'],
      }),
    );
    interview = await createEvidence(
      t,
      buildInterviewInput(a, { notes: 'The okapi office refuses late registrations.' }),
      team.moderator.token,
    );
    const pdf = await uploadEvidenceFile(
      t,
      { assessmentId: a, evidenceId: pdfItem.id },
      pdfWithText('Quokka districts report the lowest registry coverage'),
      { fileName: 'survey.pdf', contentType: 'application/pdf' },
    );
    expect(pdf.status).toBe(201);
    const docx = await uploadEvidenceFile(
      t,
      { assessmentId: a, evidenceId: docxItem.id },
      docxWithText('Narwhal procedures for recording consent\nSecond paragraph'),
      { fileName: 'policy.docx' },
    );
    expect(docx.status).toBe(201);
  });
  afterAll(() => t.close());

  it('extracts the text of uploaded PDF and DOCX files and finds their words', async () => {
    const files = async (id: string) =>
      expectData(
        await t.gql<{ evidenceItem: EvidenceResult }>(evidenceItemQuery, {
          a: team.assessment.id,
          id,
        }),
      ).evidenceItem.files;
    expect(await files(pdfItem.id)).toMatchObject([
      { fileName: 'survey.pdf', mediaType: 'application/pdf', textStatus: 'EXTRACTED' },
    ]);
    expect((await files(docxItem.id))[0]?.textStatus).toBe('EXTRACTED');
    expect(await search('quokka')).toEqual([pdfItem.id]);
    expect(await search('NARWHAL')).toEqual([docxItem.id]);
    expect(await search('"registry coverage"')).toEqual([pdfItem.id]);
    expect(await search('"coverage registry"')).toEqual([]);
    // One item's own fields and its files' text answer a query together.
    expect(await search('survey quokka')).toEqual([pdfItem.id]);
    expect(await search('survey -quokka')).toEqual([]);
  });

  it('finds words of titles, citations and tags, with web-search syntax', async () => {
    expect(await search('axolotl')).toEqual([docxItem.id]);
    expect(await search('"axolotl/2022"')).toEqual([docxItem.id]);
    expect(await search('consent')).toEqual([docxItem.id]);
    expect(await search('quokka or axolotl')).toEqual(
      expect.arrayContaining([pdfItem.id, docxItem.id]),
    );
    expect(await search('((( "')).toEqual([]);
  });

  it('searches interview notes only for those who may read the interview', async () => {
    expect(await search('okapi', team.moderator.token)).toEqual([interview.id]);
    expect(await search('okapi', team.ministry.token)).toEqual([]);
    expect(await search('okapi', team.observer.token)).toEqual([]);
  });

  it('leaves archived items out of search results', async () => {
    await t.gql(
      `mutation($a: ID!, $id: ID!) { archiveEvidence(assessmentId: $a, id: $id) { id } }`,
      {
        a: team.assessment.id,
        id: pdfItem.id,
      },
    );
    expect(await search('quokka')).toEqual([]);
  });
});

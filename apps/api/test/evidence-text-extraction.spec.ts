import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildEvidenceInput,
  createEvidence,
  uploadEvidenceFile,
} from './factories/evidence.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { pdfWithText, xlsxWorkbook } from './support/evidence-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

interface Uploaded {
  fileName: string;
  mediaType: string;
  textStatus: string;
}

async function uploadTo(t: TestApp, team: Team, content: Buffer, fileName: string) {
  const item = await createEvidence(t, buildEvidenceInput(team.assessment.id));
  const res = await uploadEvidenceFile(
    t,
    { assessmentId: team.assessment.id, evidenceId: item.id },
    content,
    { fileName },
  );
  expect(res.status).toBe(201);
  return res.body as Uploaded;
}

// Text extraction never costs an upload: a file without text, a broken one, or one that takes
// longer than the budget is kept, with what became of its text recorded.
describe.each(testEngines())('text extraction from evidence files on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
  });
  afterAll(() => t.close());

  it('records what became of the text of each file', async () => {
    const broken = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x41)]);
    expect((await uploadTo(t, team, broken, 'broken.pdf')).textStatus).toBe('FAILED');
    expect((await uploadTo(t, team, pdfWithText(''), 'scan.pdf')).textStatus).toBe('EMPTY');
    expect(await uploadTo(t, team, xlsxWorkbook(), 'figures.xlsx')).toMatchObject({
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      textStatus: 'NOT_APPLICABLE',
    });
  });

  it('gives up on the text past the time budget and keeps the file', async () => {
    const hurried = await startTestApp(engine, { TEXT_EXTRACTION_TIMEOUT_MS: '100' });
    try {
      const hurriedTeam = await createTeam(hurried);
      const file = await uploadTo(hurried, hurriedTeam, pdfWithText('Slow reading'), 'slow.pdf');
      expect(file.textStatus).toBe('TIMED_OUT');
    } finally {
      await hurried.close();
    }
  });
});

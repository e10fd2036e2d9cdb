import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CONFIG, type AppConfig } from '../src/core/config/app-config.js';
import {
  buildEvidenceInput,
  buildInterviewInput,
  createEvidence,
  filesPath,
  uploadEvidenceFile,
} from './factories/evidence.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { pdfWithText } from './support/evidence-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

interface Uploaded {
  id: string;
  evidenceId: string;
  sha256: string;
  downloadPath: string;
}

// A file is served, as an attachment of its sniffed type, only to those who may read its item;
// everyone else is told it does not exist. Identical content is kept once.
describe.each(testEngines())('evidence file downloads on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  let teamFile: Uploaded;
  let interviewFile: Uploaded;
  const content = pdfWithText('Registration statistics 2023');

  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
    const a = team.assessment.id;
    const report = await createEvidence(t, buildEvidenceInput(a), team.ministry.token);
    const interview = await createEvidence(t, buildInterviewInput(a), team.cso.token);
    const upload = async (evidenceId: string, token: string): Promise<Uploaded> => {
      const res = await uploadEvidenceFile(t, { assessmentId: a, evidenceId }, content, {
        fileName: 'Statistiques d’état civil.pdf',
        contentType: 'application/pdf',
        token,
      });
      expect(res.status).toBe(201);
      return res.body as Uploaded;
    };
    teamFile = await upload(report.id, team.ministry.token);
    interviewFile = await upload(interview.id, team.cso.token);
  });
  afterAll(() => t.close());

  const download = (path: string, token: string | null) => {
    const req = t.http().get(path).buffer(true);
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };

  it('serves the file as an attachment of its sniffed type, never to be sniffed again', async () => {
    const res = await download(teamFile.downloadPath, team.reviewer.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename=".*\.pdf"; filename\*=UTF-8''Statistiques%20d%E2%80%99%C3%A9tat%20civil\.pdf$/,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/sandbox/);
    expect(Buffer.compare(res.body as Buffer, content)).toBe(0);
  });

  it('tells those who may not read the item that the file does not exist', async () => {
    expect((await download(teamFile.downloadPath, team.observer.token)).body).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await download(interviewFile.downloadPath, team.ministry.token)).status).toBe(404);
    expect((await download(interviewFile.downloadPath, team.outsider.token)).status).toBe(404);
    expect((await download(interviewFile.downloadPath, null)).status).toBe(401);
    expect((await download(interviewFile.downloadPath, team.moderator.token)).status).toBe(200);
    expect((await download(interviewFile.downloadPath, team.cso.token)).status).toBe(200);
  });

  it('serves a file only under its own item', async () => {
    const other = await createEvidence(
      t,
      buildEvidenceInput(team.assessment.id),
      team.ministry.token,
    );
    const wrongPath = `${filesPath(team.assessment.id, other.id)}/${teamFile.id}`;
    expect((await download(wrongPath, t.adminToken)).status).toBe(404);
  });

  it('keeps identical content once, under its sha-256', async () => {
    expect(teamFile.sha256).toBe(interviewFile.sha256);
    const dir = join(t.app.get<AppConfig>(APP_CONFIG).files.dir, 'evidence');
    expect(existsSync(join(dir, teamFile.sha256))).toBe(true);
    const again = await uploadEvidenceFile(
      t,
      { assessmentId: team.assessment.id, evidenceId: teamFile.evidenceId },
      content,
      { fileName: 'copy.pdf' },
    );
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CONFLICT', field: 'file' });
  });
});

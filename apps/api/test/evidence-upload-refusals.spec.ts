import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../src/core/config/app-config.js';
import {
  buildEvidenceInput,
  createEvidence,
  filesPath,
  uploadEvidenceFile,
  type UploadOptions,
} from './factories/evidence.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import {
  docxWithText,
  exe,
  fakeDocx,
  html,
  pdfWithText,
  png,
} from './support/evidence-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';
import { zipOf } from './support/zip-writer.js';

const maxBytes = 64 * 1024;

// Uploads that are too large, empty, of a refused type or lying about their type are answered
// with a clear JSON error and leave nothing behind: no file in the files directory (staged or
// kept), no row, no audit event.
describe.each(testEngines())('refused evidence uploads on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  let evidenceId: string;
  let filesDir: string;

  beforeAll(async () => {
    t = await startTestApp(engine, { UPLOAD_MAX_BYTES: String(maxBytes) });
    team = await createTeam(t);
    filesDir = join(t.app.get<AppConfig>(APP_CONFIG).files.dir, 'evidence');
    evidenceId = (
      await createEvidence(t, buildEvidenceInput(team.assessment.id), team.ministry.token)
    ).id;
  });
  afterAll(() => t.close());

  const filesOnDisk = (): string[] =>
    readdirSync(filesDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);

  const rowsAndEvents = async () => {
    const ds = t.app.get(DataSource);
    const [files] = await ds.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM evidence_file WHERE evidence_id = $1',
      [evidenceId],
    );
    const [events] = await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'evidence.file-upload'`,
    );
    return { files: files?.n, events: events?.n };
  };

  const upload = (content: Buffer, options: UploadOptions) =>
    uploadEvidenceFile(t, { assessmentId: team.assessment.id, evidenceId }, content, {
      token: team.ministry.token,
      ...options,
    });

  it.each([
    {
      what: 'one byte over the limit',
      make: () => Buffer.alloc(maxBytes + 1, 7),
      name: 'big.pdf',
      status: 413,
      code: 'FILE_TOO_LARGE',
    },
    {
      what: 'far over the limit',
      make: () => Buffer.alloc(maxBytes * 4, 7),
      name: 'huge.pdf',
      status: 413,
      code: 'FILE_TOO_LARGE',
    },
    {
      what: 'an empty file',
      make: () => Buffer.alloc(0),
      name: 'empty.pdf',
      status: 422,
      code: 'FILE_INVALID',
    },
    {
      what: 'a program renamed .pdf',
      make: exe,
      name: 'report.pdf',
      status: 415,
      code: 'FILE_TYPE_REFUSED',
    },
    {
      what: 'a web page renamed .pdf',
      make: html,
      name: 'report.pdf',
      status: 415,
      code: 'FILE_TYPE_REFUSED',
    },
    {
      what: 'a plain zip archive',
      make: () => zipOf({ 'a.txt': 'x' }),
      name: 'data.xlsx',
      status: 415,
      code: 'FILE_TYPE_REFUSED',
    },
    {
      what: 'a zip dressed as a DOCX',
      make: fakeDocx,
      name: 'memo.docx',
      status: 422,
      code: 'FILE_INVALID',
    },
    {
      what: 'a DOCX with macros',
      make: () => docxWithText('Hello', { 'word/vbaProject.bin': 'macro' }),
      name: 'memo.docx',
      status: 415,
      code: 'FILE_TYPE_REFUSED',
    },
    {
      what: 'an image named .pdf',
      make: png,
      name: 'report.pdf',
      status: 422,
      code: 'FILE_INVALID',
    },
    {
      what: 'a PDF named .html',
      make: () => pdfWithText('Hello'),
      name: 'page.html',
      status: 422,
      code: 'FILE_INVALID',
    },
  ])('refuses $what with $status $code', async ({ make, name, status, code }) => {
    const res = await upload(make(), { fileName: name });
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toMatchObject({ code, field: 'file' });
    expect((res.body as { message?: unknown }).message).toMatch(/\w/);
    expect(filesOnDisk()).toEqual([]);
    expect(await rowsAndEvents()).toEqual({ files: 0, events: 0 });
  });

  it('refuses a file whose declared type is not its content', async () => {
    const res = await upload(png(), { fileName: 'scan.png', contentType: 'application/pdf' });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'FILE_INVALID', field: 'file' });
    expect(res.body.message).toMatch(/PNG/);
    expect(filesOnDisk()).toEqual([]);
  });

  it('refuses a request that is not a multipart upload', async () => {
    const res = await t
      .http()
      .post(filesPath(team.assessment.id, evidenceId))
      .set('authorization', `Bearer ${team.ministry.token}`)
      .set('content-type', 'application/octet-stream')
      .send(pdfWithText('Hello'));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });

  it('refuses uploads from those who may not change the item, before keeping anything', async () => {
    const as = (token: string) => upload(pdfWithText('Hello'), { fileName: 'a.pdf', token });
    expect((await as(team.reviewer.token)).body).toMatchObject({ code: 'FORBIDDEN' });
    expect((await as(team.cso.token)).status).toBe(403);
    expect((await as(team.outsider.token)).status).toBe(404);
    expect(filesOnDisk()).toEqual([]);
    expect(await rowsAndEvents()).toEqual({ files: 0, events: 0 });
  });

  it('still accepts a good file after all that, named after its real type', async () => {
    const res = await upload(png(), { fileName: 'scan', contentType: 'image/png' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      fileName: 'scan.png',
      mediaType: 'image/png',
      textStatus: 'NOT_APPLICABLE',
    });
    expect(filesOnDisk()).toEqual([(res.body as { sha256: string }).sha256]);
    expect(await rowsAndEvents()).toEqual({ files: 1, events: 1 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import {
  buildInterviewInput,
  createEvidence,
  updateEvidenceMutation,
  uploadEvidenceFile,
} from './factories/evidence.factory.js';
import { createTeam, type Team } from './factories/team.factory.js';
import { verify } from './support/audit-tamper.js';
import { docxWithText } from './support/evidence-fixtures.js';
import { expectData, startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

// Adding, changing, archiving, restoring and attaching files are on the audit log, in the chain,
// with kinds, levels, field names and file hashes: never titles, codes, notes or file text.
describe.each(testEngines())('evidence on the audit log on %s', (engine) => {
  let t: TestApp;
  let team: Team;
  beforeAll(async () => {
    t = await startTestApp(engine);
    team = await createTeam(t);
  });
  afterAll(() => t.close());

  it('records each change without personal data', async () => {
    const a = team.assessment.id;
    const interview = await createEvidence(
      t,
      buildInterviewInput(a, {
        title: 'Interview 5521',
        intervieweeCode: 'KII-5521',
        notes: 'Officer 5521 said queues are long',
      }),
      team.cso.token,
    );
    expectData(
      await t.gql(
        updateEvidenceMutation,
        { a, id: interview.id, input: { notes: 'Officer 5521 said queues are very long' } },
        team.cso.token,
      ),
    );
    const upload = await uploadEvidenceFile(
      t,
      { assessmentId: a, evidenceId: interview.id },
      docxWithText('Transcript 5521'),
      { fileName: 'transcript-5521.docx', token: team.cso.token },
    );
    expect(upload.status).toBe(201);
    for (const op of ['archiveEvidence', 'restoreEvidence']) {
      expectData(
        await t.gql(`mutation($a: ID!, $id: ID!) { ${op}(assessmentId: $a, id: $id) { id } }`, {
          a,
          id: interview.id,
        }),
      );
    }
    const ds = t.app.get(DataSource);
    const rows = await ds.query<{ action: string; summary: Record<string, unknown> }[]>(
      `SELECT action, summary FROM audit_event WHERE target_id = $1 ORDER BY seq`,
      [interview.id],
    );
    expect(rows.map((r) => r.action)).toEqual([
      'evidence.create',
      'evidence.update',
      'evidence.file-upload',
      'evidence.archive',
      'evidence.restore',
    ]);
    expect(rows[1]?.summary).toMatchObject({ kind: 'INTERVIEW', fields: ['notes'] });
    expect(rows[2]?.summary).toMatchObject({
      sha256: (upload.body as { sha256: string }).sha256,
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      textStatus: 'EXTRACTED',
    });
    expect(JSON.stringify(rows)).not.toMatch(/5521|queues|Transcript/);
    expect(await verify(t, ds)).toMatchObject({ ok: true });
  });
});

import { expectData, type GraphqlResponse, type TestApp } from '../support/test-app.js';

export interface EvidenceInput {
  assessmentId: string;
  kind: string;
  title: string;
  [field: string]: unknown;
}

export interface EvidenceResult {
  id: string;
  kind: string;
  title: string;
  citation: string | null;
  author: string | null;
  date: string | null;
  url: string | null;
  language: string | null;
  summary: string | null;
  tags: string[];
  confidentiality: string;
  article: string | null;
  page: string | null;
  interview: {
    intervieweeCode: string;
    organisationType: string;
    consentRecorded: boolean;
    notes: string | null;
  } | null;
  archivedAt: string | null;
  createdByYou: boolean;
  viewerActions: string[];
  createdBy: { label: string } | null;
  files: { id: string; fileName: string; mediaType: string; textStatus: string }[];
}

export const evidenceFields = `id kind title citation author date url language summary tags
  confidentiality article page archivedAt createdByYou viewerActions createdBy { label }
  interview { intervieweeCode organisationType consentRecorded notes }
  files { id fileName mediaType textStatus }`;

export const createEvidenceMutation = `mutation($input: CreateEvidenceInput!) {
  createEvidence(input: $input) { ${evidenceFields} } }`;
export const updateEvidenceMutation = `mutation($a: ID!, $id: ID!, $input: UpdateEvidenceInput!) {
  updateEvidence(assessmentId: $a, id: $id, input: $input) { ${evidenceFields} } }`;
export const evidenceItemQuery = `query($a: ID!, $id: ID!) {
  evidenceItem(assessmentId: $a, id: $id) { ${evidenceFields} } }`;
export const evidenceListQuery = `query($a: ID!, $filter: EvidenceFilter, $page: EvidencePage) {
  evidence(assessmentId: $a, filter: $filter, page: $page) {
    total nextOffset items { ${evidenceFields} } } }`;

let counter = 0;

export function buildEvidenceInput(
  assessmentId: string,
  overrides: Partial<EvidenceInput> = {},
): EvidenceInput {
  counter += 1;
  return {
    assessmentId,
    kind: 'REPORT',
    title: `Annual report on civil registration ${counter}`,
    author: 'National Statistics Office',
    date: '2023-06-30',
    page: '12-14',
    ...overrides,
  };
}

export function buildInterviewInput(
  assessmentId: string,
  overrides: Partial<EvidenceInput> = {},
): EvidenceInput {
  counter += 1;
  return {
    assessmentId,
    kind: 'INTERVIEW',
    title: `Interview with a registration officer ${counter}`,
    intervieweeCode: `KII-${String(counter).padStart(2, '0')}`,
    organisationType: 'GOVERNMENT',
    date: '2024-02-15',
    consentRecorded: true,
    notes: 'Enrolment queues are long in rural districts.',
    ...overrides,
  };
}

export function tryCreateEvidence(
  t: TestApp,
  input: EvidenceInput,
  token?: string | null,
): Promise<GraphqlResponse<{ createEvidence: EvidenceResult }>> {
  return t.gql(createEvidenceMutation, { input }, token);
}

export async function createEvidence(
  t: TestApp,
  input: EvidenceInput,
  token?: string | null,
): Promise<EvidenceResult> {
  return expectData(await tryCreateEvidence(t, input, token)).createEvidence;
}

export const filesPath = (assessmentId: string, evidenceId: string) =>
  `/api/assessments/${assessmentId}/evidence/${evidenceId}/files`;

export interface UploadOptions {
  fileName: string;
  contentType?: string;
  token?: string;
}

// Posts one file as multipart/form-data (field "file"), as the platform administrator unless a
// token is given.
export function uploadEvidenceFile(
  t: TestApp,
  target: { assessmentId: string; evidenceId: string },
  content: Buffer,
  options: UploadOptions,
) {
  return t
    .http()
    .post(filesPath(target.assessmentId, target.evidenceId))
    .set('authorization', `Bearer ${options.token ?? t.adminToken}`)
    .attach('file', content, {
      filename: options.fileName,
      contentType: options.contentType ?? 'application/octet-stream',
    });
}

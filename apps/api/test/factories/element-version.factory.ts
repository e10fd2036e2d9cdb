import { expectData, type GraphqlResponse, type TestApp } from '../support/test-app.js';

export interface ElementVersionVars {
  assessmentId: string;
  elementKey: string;
  name: string;
  note?: string | null;
}

export interface ElementVersionResult {
  id: string;
  name: string;
  note: string | null;
  stateHash: string;
  createdAt: string;
  createdByYou: boolean;
  author: { label: string; displayName: string | null; userId: string | null } | null;
}

export interface HunkResult {
  kind: 'ADDED' | 'REMOVED' | 'UNCHANGED';
  text: string;
}

export interface FieldChangeResult {
  itemKind: 'QUESTION' | 'SUB_ELEMENT';
  itemKey: string;
  field: string;
  findingId: string | null;
  hunks: HunkResult[];
}

export const versionFields =
  'id name note stateHash createdAt createdByYou author { label displayName userId }';

export const createVersionMutation = `mutation($input: CreateElementVersionInput!) {
  createElementVersion(input: $input) { ${versionFields} } }`;
export const versionsQuery = `query($a: ID!, $e: String!) {
  elementVersions(assessmentId: $a, elementKey: $e) { ${versionFields} } }`;
export const compareQuery = `query($a: ID!, $e: String!, $from: ID!, $to: ID) {
  compareElementVersions(assessmentId: $a, elementKey: $e, fromVersionId: $from, toVersionId: $to) {
    from { id } to { id } changes { itemKind itemKey field findingId hunks { kind text } } } }`;
export const restoreMutation = `mutation($a: ID!, $e: String!, $v: ID!) {
  restoreElementVersion(assessmentId: $a, elementKey: $e, versionId: $v) {
    changed stateHash version { id name } } }`;

let counter = 0;

export function buildElementVersionInput(
  assessmentId: string,
  elementKey: string,
  overrides: Partial<ElementVersionVars> = {},
): ElementVersionVars {
  counter += 1;
  return { assessmentId, elementKey, name: `Version ${counter}`, note: null, ...overrides };
}

// Names a version over GraphQL (as the administrator unless a token is given).
export async function createElementVersion(
  t: TestApp,
  input: ElementVersionVars,
  token?: string,
): Promise<ElementVersionResult> {
  const data = expectData(
    await t.gql<{ createElementVersion: ElementVersionResult }>(
      createVersionMutation,
      { input },
      token,
    ),
  );
  return data.createElementVersion;
}

export function compareVersions(
  t: TestApp,
  vars: { a: string; e: string; from: string; to?: string | null },
  token?: string,
): Promise<GraphqlResponse<{ compareElementVersions: { changes: FieldChangeResult[] } }>> {
  return t.gql(compareQuery, vars, token);
}

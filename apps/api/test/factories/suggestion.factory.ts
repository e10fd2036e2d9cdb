import { expectData, type GraphqlResponse, type TestApp } from '../support/test-app.js';

export interface SuggestChangeVars {
  assessmentId: string;
  elementKey: string;
  kind: 'RATING' | 'FINDING' | 'ANSWER';
  questionKey?: string | null;
  subElementKey?: string | null;
  findingId?: string | null;
  proposedRating?: string | null;
  proposedFindingKind?: string | null;
  proposedText?: string | null;
  reason: string;
}

export interface SuggestionResult {
  id: string;
  kind: string;
  status: 'PENDING' | 'ACCEPTED' | 'REJECTED' | 'WITHDRAWN';
  questionKey: string | null;
  subElementKey: string | null;
  findingId: string | null;
  currentRating: string | null;
  proposedRating: string | null;
  currentText: string | null;
  proposedText: string | null;
  currentFindingKind: string | null;
  proposedFindingKind: string | null;
  reason: string;
  decisionReason: string | null;
  appliedStale: boolean | null;
  decidedAt: string | null;
  createdByYou: boolean;
  author: { label: string; userId: string | null } | null;
  decidedBy: { label: string } | null;
}

export const suggestionFields = `id kind status questionKey subElementKey findingId currentRating
  proposedRating currentText proposedText currentFindingKind proposedFindingKind reason
  decisionReason appliedStale decidedAt createdByYou author { label userId } decidedBy { label }`;

export const suggestMutation = `mutation($input: SuggestChangeInput!) {
  suggestChange(input: $input) { ${suggestionFields} } }`;
export const suggestionsQuery = `query($a: ID!, $filter: SuggestionFilterInput) {
  suggestions(assessmentId: $a, filter: $filter) { ${suggestionFields} } }`;
export const acceptMutation = `mutation($a: ID!, $s: ID!, $reason: String) {
  acceptSuggestion(assessmentId: $a, suggestionId: $s, reason: $reason) { ${suggestionFields} } }`;
export const rejectMutation = `mutation($a: ID!, $s: ID!, $reason: String!) {
  rejectSuggestion(assessmentId: $a, suggestionId: $s, reason: $reason) { ${suggestionFields} } }`;
export const withdrawMutation = `mutation($a: ID!, $s: ID!) {
  withdrawSuggestion(assessmentId: $a, suggestionId: $s) { ${suggestionFields} } }`;

let counter = 0;

// A rating suggestion unless overridden; give the question (or sub-element) of the element.
export function buildSuggestChangeInput(
  assessmentId: string,
  elementKey: string,
  overrides: Partial<SuggestChangeVars> = {},
): SuggestChangeVars {
  counter += 1;
  return {
    assessmentId,
    elementKey,
    kind: 'RATING',
    proposedRating: 'PARTIAL',
    reason: `Reason ${counter}: the 2021 audit says otherwise`,
    ...overrides,
  };
}

export function suggest(
  t: TestApp,
  input: SuggestChangeVars,
  token?: string,
): Promise<GraphqlResponse<{ suggestChange: SuggestionResult }>> {
  return t.gql(suggestMutation, { input }, token);
}

export async function suggestChange(
  t: TestApp,
  input: SuggestChangeVars,
  token?: string,
): Promise<SuggestionResult> {
  return expectData(await suggest(t, input, token)).suggestChange;
}

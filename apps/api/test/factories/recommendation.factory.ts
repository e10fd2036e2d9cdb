import { expectData, type TestApp } from '../support/test-app.js';

export interface RecommendationInput {
  assessmentId: string;
  elementKey: string;
  subElementKey?: string | null;
  findingIds?: string[] | null;
  title: string;
  description?: string | null;
  responsibleOrganisationId?: string | null;
  responsibleInstitutionName?: string | null;
  priority: string;
  timeframe: string;
  status?: string | null;
}

let counter = 0;

export function buildRecommendationInput(
  assessmentId: string,
  overrides: Partial<RecommendationInput> = {},
): RecommendationInput {
  counter += 1;
  return {
    assessmentId,
    elementKey: 'legal-and-regulatory-framework',
    title: `Recommendation ${counter}`,
    description: 'Adopt a data protection law with an independent authority.',
    priority: 'MEDIUM',
    timeframe: 'MEDIUM_TERM',
    ...overrides,
  };
}

export const recommendationFields = `id assessmentId elementKey subElementKey findingIds title
  description responsibleOrganisationId responsibleInstitutionName priority timeframe status
  createdAt updatedAt`;

export const createRecommendationMutation = `mutation($input: CreateRecommendationInput!) {
  createRecommendation(input: $input) { ${recommendationFields} } }`;

export const updateRecommendationMutation = `mutation($a: ID!, $id: ID!,
  $input: UpdateRecommendationInput!) {
  updateRecommendation(assessmentId: $a, id: $id, input: $input) { ${recommendationFields} } }`;

export interface RecommendationResult extends Required<Omit<RecommendationInput, 'findingIds'>> {
  id: string;
  findingIds: string[];
}

export async function createRecommendation(
  t: TestApp,
  input: RecommendationInput,
  token?: string,
): Promise<RecommendationResult> {
  return expectData(
    await t.gql<{ createRecommendation: RecommendationResult }>(
      createRecommendationMutation,
      { input },
      token,
    ),
  ).createRecommendation;
}

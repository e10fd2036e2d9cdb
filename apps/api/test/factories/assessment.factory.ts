import type { TestApp } from '../support/test-app.js';
import { expectData } from '../support/test-app.js';

export interface CreateAssessmentVars {
  title: string;
  country: string;
  scope?: string | null;
  nationalUseCases?: string[] | null;
}

let counter = 0;

export function buildCreateAssessmentInput(
  overrides: Partial<CreateAssessmentVars> = {},
): CreateAssessmentVars {
  counter += 1;
  return {
    title: `Assessment ${counter}`,
    country: 'ZM',
    scope: 'Foundational ID and civil registration',
    nationalUseCases: ['Social protection', 'SIM registration'],
    ...overrides,
  };
}

export const assessmentFields = `
  id title country scope nationalUseCases phase allowedNextPhases frameworkVersion
  archived archivedAt createdAt updatedAt
`;

export interface AssessmentResult {
  id: string;
  title: string;
  country: string;
  scope: string;
  nationalUseCases: string[];
  phase: string;
  allowedNextPhases: string[];
  frameworkVersion: string;
  archived: boolean;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export async function createAssessment(
  t: TestApp,
  overrides: Partial<CreateAssessmentVars> = {},
): Promise<AssessmentResult> {
  const data = expectData(
    await t.gql<{ createAssessment: AssessmentResult }>(
      `mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { ${assessmentFields} } }`,
      { input: buildCreateAssessmentInput(overrides) },
    ),
  );
  return data.createAssessment;
}

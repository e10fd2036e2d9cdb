import type { CreateAssessmentInput } from '../../gql/graphql';

export interface AssessmentFormValues {
  title: string;
  country: string | null;
  scope: string;
  nationalUseCases: string[];
}

export const assessmentFormFields = ['title', 'country', 'scope', 'nationalUseCases'] as const;
export type AssessmentFormField = (typeof assessmentFormFields)[number];

export const emptyAssessmentForm: AssessmentFormValues = {
  title: '',
  country: null,
  scope: '',
  nationalUseCases: [],
};

export type AssessmentFormProblem = 'titleRequired' | 'countryRequired';

// Checks only what the browser can know; lengths and country codes are the API's to judge, and
// its answers show beside the same fields.
export function checkAssessmentForm(
  values: AssessmentFormValues,
): Partial<Record<AssessmentFormField, AssessmentFormProblem>> {
  const problems: Partial<Record<AssessmentFormField, AssessmentFormProblem>> = {};
  if (!values.title.trim()) {
    problems.title = 'titleRequired';
  }
  if (!values.country) {
    problems.country = 'countryRequired';
  }
  return problems;
}

// Trims text and drops blank or repeated use cases, keeping their order.
export function toAssessmentInput(values: AssessmentFormValues): CreateAssessmentInput {
  const useCases = values.nationalUseCases.map((u) => u.trim()).filter((u) => u.length > 0);
  return {
    title: values.title.trim(),
    country: values.country ?? '',
    scope: values.scope.trim(),
    nationalUseCases: [...new Set(useCases)],
  };
}

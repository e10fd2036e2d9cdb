import type { ValidationOutcomeFieldsFragment } from '../../gql/graphql';

export type ValidationIndex = {
  readonly finding: (findingId: string) => ValidationOutcomeFieldsFragment | null;
  readonly rating: (questionKey: string) => ValidationOutcomeFieldsFragment | null;
};

// The server answers the latest outcome per finding and per question rating; looked up by key.
export function validationIndex(
  outcomes: readonly ValidationOutcomeFieldsFragment[],
): ValidationIndex {
  const findings = new Map<string, ValidationOutcomeFieldsFragment>();
  const ratings = new Map<string, ValidationOutcomeFieldsFragment>();
  for (const o of outcomes) {
    if (o.kind === 'FINDING' && o.findingId) {
      findings.set(o.findingId, o);
    } else if (o.kind === 'RATING' && o.questionKey) {
      ratings.set(o.questionKey, o);
    }
  }
  return {
    finding: (id) => findings.get(id) ?? null,
    rating: (key) => ratings.get(key) ?? null,
  };
}

export const emptyValidationIndex: ValidationIndex = validationIndex([]);

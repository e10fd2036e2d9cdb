import { useQuery } from '@apollo/client/react';
import { indexByTarget } from '@idgov/assessment-doc';
import { useMemo, type ReactNode } from 'react';
import { ValidationBadge } from './ValidationBadge';
import { ValidationContext, useValidation } from './validation-context';
import { ValidationOutcomesQuery } from './validation.graphql';

interface Props {
  assessmentId: string;
  elementKey: string;
  children: ReactNode;
}

// Loads what workshops decided about one element, for the badges beside its findings and
// ratings. Outcomes are rare and change only in a workshop: one read when the element opens.
export function ValidationOutcomesProvider({ assessmentId, elementKey, children }: Props) {
  const { data } = useQuery(ValidationOutcomesQuery, {
    variables: { assessmentId, elementKey },
    fetchPolicy: 'cache-and-network',
  });
  const index = useMemo(() => indexByTarget(data?.validationOutcomes ?? []), [data]);
  return <ValidationContext.Provider value={index}>{children}</ValidationContext.Provider>;
}

export function FindingValidation({ findingId }: { findingId: string }) {
  const outcome = useValidation().finding(findingId);
  return outcome ? <ValidationBadge outcome={outcome} /> : null;
}

export function RatingValidation({ questionKey }: { questionKey: string }) {
  const outcome = useValidation().rating(questionKey);
  return outcome ? <ValidationBadge outcome={outcome} /> : null;
}

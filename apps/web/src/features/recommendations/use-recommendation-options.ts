import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { RecommendationOptionsQuery } from './recommendations.graphql';

export interface PlaceNames {
  element(key: string): string;
  subElement(key: string | null | undefined): string | null;
}

// The assessment's elements (numbered as in the framework) and organisations, for the form, the
// list and the roadmap.
export function useRecommendationOptions(assessmentId: string) {
  const { data, error, refetch } = useQuery(RecommendationOptionsQuery, {
    variables: { assessmentId },
  });
  const elements = useMemo(() => data?.assessment.elements ?? [], [data]);
  const names: PlaceNames = useMemo(() => {
    const elementNames = new Map(elements.map((e, i) => [e.key, `${i + 1}. ${e.title}`]));
    const subNames = new Map(
      elements.flatMap((e) => e.subElements.map((s) => [s.key, s.title] as const)),
    );
    return {
      element: (key) => elementNames.get(key) ?? key,
      subElement: (key) => (key ? (subNames.get(key) ?? key) : null),
    };
  }, [elements]);
  return {
    elements,
    institutions: data?.recommendationInstitutions ?? [],
    names,
    loaded: Boolean(data),
    error,
    refetch,
  };
}

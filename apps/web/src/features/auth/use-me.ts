import { useQuery } from '@apollo/client/react';
import type { MeQuery as MeQueryResult } from '../../gql/graphql';
import { MeQuery } from './auth.graphql';

export type SignedInUser = NonNullable<MeQueryResult['me']>;

// The signed-in person (null when signed out). The answer is cached, so every caller after the
// first reads it without a request.
export function useMe() {
  const { data, loading, error, refetch } = useQuery(MeQuery);
  return { me: data?.me ?? null, loading: loading && !data, error, refetch };
}

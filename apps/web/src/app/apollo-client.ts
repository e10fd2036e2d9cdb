import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { MeQuery } from '../features/auth/auth.graphql';
import { transportLink } from './subscription-link';

// Objects with an `id` normalise by it (AssessmentQuestion.id is "assessmentId:questionKey"), so a
// mutation result updates every screen showing that object. Framework objects have no id but
// carry keys that are unique across the framework.
function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Framework: { keyFields: [] },
      FrameworkElement: { keyFields: ['key'] },
      FrameworkSubElement: { keyFields: ['key'] },
      FrameworkDetail: { keyFields: ['key'] },
      FrameworkAnchorQuestion: { keyFields: ['key'] },
    },
  });
}

export function createApolloClient(): ApolloClient {
  const cache = createCache();
  // A session that ends while a page is open (expiry, sign-out in another tab) shows as signed
  // out everywhere at once, and the route guard then asks the person to sign in again.
  const sessionEnded = new ErrorLink(({ error, operation }) => {
    const unauthenticated =
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
    if (unauthenticated && operation.operationName !== 'Login') {
      cache.writeQuery({ query: MeQuery, data: { me: null } });
    }
  });
  const http = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // Apollo Server's CSRF prevention lets through requests that force a CORS preflight.
    headers: { 'apollo-require-preflight': 'true' },
  });
  return new ApolloClient({ link: ApolloLink.from([sessionEnded, transportLink(http)]), cache });
}

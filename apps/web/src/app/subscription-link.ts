import { ApolloLink, type HttpLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';

type ReconnectListener = () => void;
const reconnectListeners = new Set<ReconnectListener>();

// A page that follows something live refetches it after the socket came back: whatever changed
// while it was away was never delivered.
export function onSubscriptionReconnect(listener: ReconnectListener): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

export function subscriptionUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

// graphql-ws on the same /graphql address. Members are known by their session cookie, which the
// browser sends with the upgrade (same origin); guests pass their token as an argument of the
// subscription itself. Lazy: no socket until a page subscribes, closed shortly after the last one
// stops. It retries without end (with graphql-ws's randomised back-off) after a drop; codes the
// server marks as fatal (unauthorised, bad request) are not retried by graphql-ws.
export function createSubscriptionClient(): Client {
  return createClient({
    url: () => subscriptionUrl(window.location),
    lazy: true,
    lazyCloseTimeout: 3_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    on: {
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) {
          reconnectListeners.forEach((listener) => listener());
        }
      },
    },
  });
}

// Subscriptions over the websocket, everything else over HTTP.
export function transportLink(http: HttpLink): ApolloLink {
  if (typeof WebSocket === 'undefined') {
    return http;
  }
  const ws = new GraphQLWsLink(createSubscriptionClient());
  return ApolloLink.split(({ query }) => isSubscriptionOperation(query), ws, http);
}

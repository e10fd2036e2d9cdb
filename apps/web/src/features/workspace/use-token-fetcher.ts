import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { toAppErrors } from '../../shared/errors/app-errors';
import { CollabAccessDenied } from './fresh-token-reconnect';
import { CollabTokenMutation } from './collab-token.graphql';
import { isAccessRefusal } from './workspace-outline';

// Asks the API for a fresh connection ticket. A refusal that a retry cannot change (removed from
// the assessment, signed out) becomes CollabAccessDenied, which stops the reconnect loop.
export function useTokenFetcher(documentName: string): () => Promise<string> {
  const client = useApolloClient();
  return useCallback(async () => {
    try {
      const { data } = await client.mutate({
        mutation: CollabTokenMutation,
        variables: { documentName },
      });
      if (!data) {
        throw new Error('No collaboration token in the answer');
      }
      return data.collabToken;
    } catch (error) {
      throw isAccessRefusal(toAppErrors(error)) ? new CollabAccessDenied() : error;
    }
  }, [client, documentName]);
}

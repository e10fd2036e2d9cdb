import { useApolloClient, useMutation } from '@apollo/client/react';
import { LogoutMutation, MeQuery } from './auth.graphql';

// Ends the session, then forgets everything cached for this person so that the next one to use
// the browser sees none of it.
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const client = useApolloClient();
  const [logout, { loading }] = useMutation(LogoutMutation);
  const signOut = async () => {
    try {
      await logout();
    } catch {
      // Already signed out (expired session): clearing the local state is all that is left.
    }
    // Every screen showing `me` updates at once: protected pages send the person to sign in (and
    // back here afterwards), public pages stay. Then nothing of theirs stays cached.
    client.writeQuery({ query: MeQuery, data: { me: null } });
    await client.clearStore();
  };
  return { signOut, signingOut: loading };
}

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { hasUnsavedDrafts, wipeDrafts } from '../workspace/local-drafts';
import { LogoutMutation, MeQuery } from './auth.graphql';

export type SignOut = {
  // Signs out at once, or first asks (`confirming`) when it would delete unsaved drafts.
  request: () => void;
  // Signs out, deleting the drafts.
  confirm: () => Promise<void>;
  cancel: () => void;
  confirming: boolean;
  signingOut: boolean;
};

// Ends the session, then forgets everything cached for this person so that the next one to use
// the browser sees none of it: the Apollo cache and the drafts kept in this browser. Drafts the
// server never saved would be lost with them, so that is asked first.
export function useSignOut(userId: string | null): SignOut {
  const client = useApolloClient();
  const [logout, { loading }] = useMutation(LogoutMutation);
  const [confirming, setConfirming] = useState(false);
  const confirm = async () => {
    try {
      await logout();
    } catch {
      // Already signed out (expired session), or offline: clearing the local state is all that
      // is left, and the session ends on the server when it expires.
    }
    if (userId !== null) {
      await wipeDrafts(userId).catch(() => undefined);
    }
    // Every screen showing `me` updates at once: protected pages send the person to sign in (and
    // back here afterwards), public pages stay. Then nothing of theirs stays cached.
    client.writeQuery({ query: MeQuery, data: { me: null } });
    setConfirming(false);
    await client.clearStore();
  };
  const request = () => {
    if (userId !== null && hasUnsavedDrafts(userId)) {
      setConfirming(true);
    } else {
      void confirm();
    }
  };
  return { request, confirm, cancel: () => setConfirming(false), confirming, signingOut: loading };
}

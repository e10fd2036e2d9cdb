import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CollabConnection, type CollabSnapshot } from './collab-connection';
import { DraftStore } from './draft-store';
import { draftName, noteDraft } from './local-drafts';
import type { PresenceUser } from './presence';
import { hasUnsavedChanges, initialSaveState } from './save-state';
import { collabServerUrl } from './workspace-outline';

export type CollabSession = {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly connection: CollabConnection;
};

type SessionOptions = {
  readonly documentName: string;
  readonly userId: string;
  // Editors keep a copy in IndexedDB (drafts survive going offline and reloading); readers don't.
  readonly persist: boolean;
  readonly user: PresenceUser;
  readonly fetchToken: () => Promise<string>;
  readonly onAccessChanged: () => void;
};

// Keeps the draft registry's "unsaved" mark of this document in step with the connection, so that
// signing out knows whether deleting the drafts would lose work. A mark left by an earlier visit
// is cleared only once a writer's connection has had its sync step 2 (which carries the stored
// draft) and everything after it saved.
function markUnsaved(connection: CollabConnection, name: string): () => void {
  return connection.subscribe(() => {
    const { save } = connection.getSnapshot();
    if (hasUnsavedChanges(save)) {
      noteDraft(name, true);
    } else if (save.access === 'write' && save.sent > 0) {
      noteDraft(name, false);
    }
  });
}

// One element document for as long as the page shows it: the Y.Doc, its local copy, presence and
// the server connection. The session appears once the local copy is loaded, so that editors open
// on the draft instead of flashing the server's older text.
export function useCollabSession(options: SessionOptions): CollabSession | null {
  const { documentName, userId, persist, user } = options;
  const [session, setSession] = useState<CollabSession | null>(null);
  // The latest callbacks, without reconnecting when they change identity.
  const callbacks = useRef(options);
  useEffect(() => {
    callbacks.current = options;
  });
  // Decided when the document opens: losing edit rights mid-session does not drop the drafts.
  const [keepLocalCopy] = useState(persist);

  useEffect(() => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    // Per person as well as per document: someone else signing in on this browser never sends
    // the previous person's drafts under their own name.
    const name = draftName(userId, documentName);
    const drafts = keepLocalCopy ? new DraftStore(name, doc) : null;
    const connection = new CollabConnection({
      serverUrl: collabServerUrl(window.location),
      documentName,
      doc,
      awareness,
      fetchToken: () => callbacks.current.fetchToken(),
      onAccessChanged: () => callbacks.current.onAccessChanged(),
      ignoreOrigin: (origin) => drafts?.isOwnOrigin(origin) ?? false,
    });
    drafts?.watch((local) => connection.setLocalCopy(local));
    const unmark = drafts ? markUnsaved(connection, name) : () => undefined;
    let active = true;
    void (drafts?.whenLoaded() ?? Promise.resolve()).then(() => {
      if (active) {
        connection.start();
        setSession({ doc, awareness, connection });
      }
    });
    return () => {
      active = false;
      setSession(null);
      unmark();
      connection.destroy();
      awareness.destroy();
      void drafts?.destroy();
      doc.destroy();
    };
  }, [documentName, userId, keepLocalCopy]);

  useEffect(() => {
    session?.awareness.setLocalStateField('user', user);
  }, [session, user]);

  return session;
}

const idle: CollabSnapshot = { save: initialSaveState, presence: null };
const noSubscription = () => () => undefined;

export function useCollabStatus(session: CollabSession | null): CollabSnapshot {
  return useSyncExternalStore(
    session?.connection.subscribe ?? noSubscription,
    session ? session.connection.getSnapshot : () => idle,
  );
}

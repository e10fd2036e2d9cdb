import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CollabConnection, type CollabSnapshot } from './collab-connection';
import type { PresenceUser } from './presence';
import { initialSaveState } from './save-state';
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

// A stuck or refused IndexedDB (private windows, policies) must not keep the page from connecting.
const localLoadTimeoutMs = 3000;

function whenLoaded(persistence: IndexeddbPersistence | null): Promise<unknown> {
  if (persistence === null) {
    return Promise.resolve();
  }
  return Promise.race([
    persistence.whenSynced,
    new Promise((resolve) => setTimeout(resolve, localLoadTimeoutMs)),
  ]);
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
    const persistence = keepLocalCopy
      ? new IndexeddbPersistence(`idgov:${userId}:${documentName}`, doc)
      : null;
    const connection = new CollabConnection({
      serverUrl: collabServerUrl(window.location),
      documentName,
      doc,
      awareness,
      fetchToken: () => callbacks.current.fetchToken(),
      onAccessChanged: () => callbacks.current.onAccessChanged(),
      ignoreOrigin: (origin) => origin === persistence,
    });
    let active = true;
    void whenLoaded(persistence).then(() => {
      if (active) {
        connection.start();
        setSession({ doc, awareness, connection });
      }
    });
    return () => {
      active = false;
      setSession(null);
      connection.destroy();
      awareness.destroy();
      void persistence?.destroy();
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

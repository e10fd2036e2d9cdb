import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { PresenceUser } from './presence';

// What every part of an element's workspace needs: the document, presence, and whether this
// person may write.
export type WorkspaceContext = {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly user: PresenceUser;
  readonly readOnly: boolean;
};

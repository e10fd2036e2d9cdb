import type { CollabAccess } from '@idgov/assessment-doc';
import type { FrameKind } from './outgoing-frame';

// Whether everything this person wrote has reached the server's database, from the frames sent on
// the current connection and the server's "saved" acknowledgements (a cumulative count of this
// connection's persisted update messages), and whether it is safe in this browser meanwhile. Pure:
// the connection and the local copy feed it events.
export type SaveState = {
  readonly phase: 'connecting' | 'open' | 'closed';
  readonly everOpened: boolean;
  // Content frames sent on the current connection, and how many of them the server has saved.
  readonly sent: number;
  readonly acked: number;
  // Edits the server may not have: made while not connected, or sent on a connection that closed
  // before saving them. The answer to the server's next SyncStep1 carries them.
  readonly unsent: boolean;
  // What the server lets the current connection do; null until it says (it answers the ack
  // request). A read-only connection saves nothing, so what it carries stays unsaved.
  readonly access: CollabAccess | null;
  // This connection's SyncStep1 answer carried unsent edits, and how many edits it sent after.
  readonly carried: boolean;
  readonly edits: number;
  // The server refused this person (removed from the assessment, signed out): no reconnecting.
  readonly denied: boolean;
  // The copy in this browser (IndexedDB): none kept (readers, or a browser refusing it), a write
  // on its way to disk, or everything written.
  readonly local: LocalCopy;
};

export type LocalCopy = 'none' | 'writing' | 'written';

export type SaveEvent =
  | { readonly type: 'connecting' }
  | { readonly type: 'opened' }
  | { readonly type: 'access'; readonly access: CollabAccess }
  | { readonly type: 'sent'; readonly frame: FrameKind }
  | { readonly type: 'saved'; readonly count: number }
  | { readonly type: 'localEdit' }
  | { readonly type: 'local'; readonly local: LocalCopy }
  | { readonly type: 'closed' }
  | { readonly type: 'denied' };

// 'refused': connected, but read only, with changes of this person's that the server never took
// (their edit access ended before they were saved).
export type SaveStatus = 'connecting' | 'offline' | 'saving' | 'saved' | 'refused' | 'denied';

export const initialSaveState: SaveState = {
  phase: 'connecting',
  everOpened: false,
  sent: 0,
  acked: 0,
  unsent: false,
  access: null,
  carried: false,
  edits: 0,
  denied: false,
  local: 'none',
};

const fresh = { sent: 0, acked: 0, access: null, carried: false, edits: 0 } as const;

function close(state: SaveState): SaveState {
  return { ...state, ...fresh, phase: 'closed', unsent: hasUnsavedChanges(state) };
}

function send(state: SaveState, frame: FrameKind): SaveState {
  if (state.phase !== 'open' || frame === 'other') {
    return state;
  }
  const sent = state.sent + 1;
  // A sync step 2 answers the server's sync step 1 with everything it lacked.
  return frame === 'step2'
    ? { ...state, sent, carried: state.carried || state.unsent, unsent: false }
    : { ...state, sent, edits: state.edits + 1 };
}

export function reduceSaveState(state: SaveState, event: SaveEvent): SaveState {
  switch (event.type) {
    case 'connecting':
      return state.denied ? state : { ...state, phase: 'connecting' };
    case 'opened':
      return { ...state, ...fresh, phase: 'open', everOpened: true };
    case 'access':
      return state.phase === 'open' ? { ...state, access: event.access } : state;
    case 'sent':
      return send(state, event.frame);
    case 'saved':
      return state.phase === 'open'
        ? { ...state, acked: Math.max(state.acked, event.count) }
        : state;
    case 'localEdit':
      // While open, the edit goes out as an update frame and is counted by 'sent'.
      return state.phase === 'open' || state.unsent ? state : { ...state, unsent: true };
    case 'local':
      return state.local === event.local ? state : { ...state, local: event.local };
    case 'closed':
      return close(state);
    case 'denied':
      return { ...close(state), denied: true };
  }
}

export function hasUnsavedChanges(state: SaveState): boolean {
  if (state.access === 'read') {
    return state.unsent || state.carried || state.edits > 0;
  }
  return state.unsent || state.sent > state.acked;
}

export function saveStatus(state: SaveState): SaveStatus {
  if (state.denied) {
    return 'denied';
  }
  if (state.phase !== 'open') {
    return state.everOpened || state.phase === 'closed' ? 'offline' : 'connecting';
  }
  if (!hasUnsavedChanges(state)) {
    return 'saved';
  }
  return state.access === 'read' ? 'refused' : 'saving';
}

// Whether this person's unsaved changes are at least on this device's disk.
export function keptOnThisDevice(state: SaveState): boolean {
  return state.local === 'written' && hasUnsavedChanges(state);
}

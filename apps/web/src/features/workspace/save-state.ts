import type { FrameKind } from './outgoing-frame';

// Whether everything this person wrote has reached the server's database, from the frames sent on
// the current connection and the server's "saved" acknowledgements (a cumulative count of this
// connection's persisted update messages). Pure: the connection feeds it events.
export type SaveState = {
  readonly phase: 'connecting' | 'open' | 'closed';
  readonly everOpened: boolean;
  // Content frames sent on the current connection, and how many of them the server has saved.
  readonly sent: number;
  readonly acked: number;
  // Edits the server may not have: made while not connected, or sent on a connection that closed
  // before saving them. The answer to the server's next SyncStep1 carries them.
  readonly unsent: boolean;
  // The server refused this person (removed from the assessment, signed out): no reconnecting.
  readonly denied: boolean;
};

export type SaveEvent =
  | { readonly type: 'connecting' }
  | { readonly type: 'opened' }
  | { readonly type: 'sent'; readonly frame: FrameKind }
  | { readonly type: 'saved'; readonly count: number }
  | { readonly type: 'localEdit' }
  | { readonly type: 'closed' }
  | { readonly type: 'denied' };

export type SaveStatus = 'connecting' | 'offline' | 'saving' | 'saved' | 'denied';

export const initialSaveState: SaveState = {
  phase: 'connecting',
  everOpened: false,
  sent: 0,
  acked: 0,
  unsent: false,
  denied: false,
};

function close(state: SaveState): SaveState {
  return {
    ...state,
    phase: 'closed',
    unsent: state.unsent || state.sent > state.acked,
    sent: 0,
    acked: 0,
  };
}

export function reduceSaveState(state: SaveState, event: SaveEvent): SaveState {
  switch (event.type) {
    case 'connecting':
      return state.denied ? state : { ...state, phase: 'connecting' };
    case 'opened':
      return { ...state, phase: 'open', everOpened: true, sent: 0, acked: 0 };
    case 'sent':
      if (state.phase !== 'open' || event.frame === 'other') {
        return state;
      }
      // A sync step 2 answers the server's sync step 1 with everything it lacked.
      return {
        ...state,
        sent: state.sent + 1,
        unsent: event.frame === 'step2' ? false : state.unsent,
      };
    case 'saved':
      return state.phase === 'open'
        ? { ...state, acked: Math.max(state.acked, event.count) }
        : state;
    case 'localEdit':
      // While open, the edit goes out as an update frame and is counted by 'sent'.
      return state.phase === 'open' || state.unsent ? state : { ...state, unsent: true };
    case 'closed':
      return close(state);
    case 'denied':
      return { ...close(state), denied: true };
  }
}

export function hasUnsavedChanges(state: SaveState): boolean {
  return state.unsent || state.sent > state.acked;
}

export function saveStatus(state: SaveState): SaveStatus {
  if (state.denied) {
    return 'denied';
  }
  if (state.phase !== 'open') {
    return state.everOpened || state.phase === 'closed' ? 'offline' : 'connecting';
  }
  return hasUnsavedChanges(state) ? 'saving' : 'saved';
}

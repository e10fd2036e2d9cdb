import { collabMessageType } from '@idgov/assessment-doc';
import * as decoding from 'lib0/decoding';

// Sub-types of the sync message (y-protocols/sync).
const syncStep2 = 1;
const syncUpdate = 2;

// What an outgoing frame means for saving. The server's `saved` count covers this connection's
// update messages, sync step 2 and update alike (libs/assessment-doc collab-protocol.ts):
//   'update'  a sync Update: an edit;
//   'step2'   the SyncStep2 answering the server's SyncStep1, holding whatever the server had not
//             seen (edits made offline, or sent on a connection that dropped before its ack);
//   'other'   sync step 1, awareness, our own ack request.
export type FrameKind = 'update' | 'step2' | 'other';

export function classifyFrame(frame: Uint8Array): FrameKind {
  try {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== collabMessageType.sync) {
      return 'other';
    }
    const kind = decoding.readVarUint(decoder);
    return kind === syncUpdate ? 'update' : kind === syncStep2 ? 'step2' : 'other';
  } catch {
    return 'other';
  }
}

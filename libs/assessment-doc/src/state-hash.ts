import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import * as Y from 'yjs';

// sha-256 (hex) of the document's CRDT state, for audit records ("the state an edit session
// left") and to tell whether two replicas hold the same state.
//
// Y.encodeStateAsUpdate is deterministic for a given state: structs are written per client in
// descending client id order and the delete set is sorted, so the same updates applied in any
// order give the same bytes (state-hash.spec.ts checks this). What it does not normalise is
// garbage collection: a document opened with `gc: false` (e.g. to keep history for versions)
// still holds deleted content. Re-encoding through a fresh, collecting document first makes both
// forms hash alike. The hash identifies state, not visible content: the same text typed by
// different clients hashes differently.
export function stateHash(doc: Y.Doc): string {
  const canonical = new Y.Doc();
  try {
    Y.applyUpdate(canonical, Y.encodeStateAsUpdate(doc));
    return bytesToHex(sha256(Y.encodeStateAsUpdate(canonical)));
  } finally {
    canonical.destroy();
  }
}

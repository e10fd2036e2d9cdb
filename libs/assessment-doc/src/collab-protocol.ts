import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

// The collaboration server speaks the y-websocket protocol (types 0–3) so that the stock
// WebsocketProvider works unchanged, plus four message types of our own. The server sends 101–103
// only to a connection that sent 100 first, so stock clients never see a type they do not know
// (they log "Unable to compute message" for one).
export const collabMessageType = {
  // y-websocket
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  // client → server: "send me saved acknowledgements and presence counts" (no payload)
  ackRequest: 100,
  // server → client: varUint, how many of this connection's update messages (sync step 2 and
  // update) are durably stored; cumulative, so a client compares it with how many it sent
  saved: 101,
  // server → client: varUint writers, varUint viewers (distinct people on the document)
  presence: 102,
  // server → client: varUint 1 if this connection's updates are stored, 0 if they are dropped
  // (read only). Fixed for the connection's life: a change of access closes it (accessChanged).
  access: 103,
} as const;

// Close codes the server uses. 4400–4499 tell the stock client not to reconnect (y-websocket's
// default shouldReconnect): it would reuse its spent ticket. They are kept for decisions that
// need the person, or a client that fetches a fresh ticket, to act.
export const collabCloseCode = {
  goingAway: 1001,
  // a text frame or a message the server does not accept in this form
  unsupportedData: 1003,
  // undecodable sync or awareness message, or an update that does not decode within its budget
  invalidPayload: 1007,
  // rate limit exceeded or too much waiting to be processed
  policyViolation: 1008,
  // a message over the size cap (ws answers this itself for frames over maxPayload)
  messageTooBig: 1009,
  // the document could not be loaded or an update could not be stored; reconnecting resends
  internalError: 1011,
  // an update that writes to the server-owned `meta` map
  metaWrite: 4400,
  // the session behind the connection ended (logout, expiry, account disabled)
  sessionEnded: 4401,
  // read access to the document is gone (removed from the assessment)
  accessRevoked: 4403,
  // still allowed to read, but no longer (or now) allowed to edit: a connection's access is fixed
  // when it opens, so the client reconnects with a fresh ticket to get the new one
  accessChanged: 4409,
} as const;

export type CollabAccess = 'write' | 'read';

export type CollabPresence = { readonly writers: number; readonly viewers: number };

export type CollabServerMessage =
  | { readonly type: 'saved'; readonly count: number }
  | { readonly type: 'presence'; readonly presence: CollabPresence }
  | { readonly type: 'access'; readonly access: CollabAccess };

export function encodeAckRequest(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, collabMessageType.ackRequest);
  return encoding.toUint8Array(encoder);
}

export function encodeSaved(count: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, collabMessageType.saved);
  encoding.writeVarUint(encoder, count);
  return encoding.toUint8Array(encoder);
}

export function encodePresence(presence: CollabPresence): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, collabMessageType.presence);
  encoding.writeVarUint(encoder, presence.writers);
  encoding.writeVarUint(encoder, presence.viewers);
  return encoding.toUint8Array(encoder);
}

export function encodeAccess(access: CollabAccess): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, collabMessageType.access);
  encoding.writeVarUint(encoder, access === 'write' ? 1 : 0);
  return encoding.toUint8Array(encoder);
}

export function readAccess(decoder: decoding.Decoder): CollabAccess {
  return decoding.readVarUint(decoder) === 1 ? 'write' : 'read';
}

// Reads one of our server messages; null for y-websocket messages and anything malformed, which
// the caller hands to the provider's own handlers or ignores.
export function decodeCollabServerMessage(message: Uint8Array): CollabServerMessage | null {
  try {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === collabMessageType.saved) {
      return { type: 'saved', count: decoding.readVarUint(decoder) };
    }
    if (type === collabMessageType.presence) {
      const writers = decoding.readVarUint(decoder);
      return { type: 'presence', presence: { writers, viewers: decoding.readVarUint(decoder) } };
    }
    if (type === collabMessageType.access) {
      return { type: 'access', access: readAccess(decoder) };
    }
    return null;
  } catch {
    return null;
  }
}

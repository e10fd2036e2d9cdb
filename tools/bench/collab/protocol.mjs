// Wire formats, one per server family. The y-websocket protocol (reference server and ours) and
// Hocuspocus's are not interoperable: Hocuspocus prefixes every frame with the document name,
// wants an Auth frame first, and acknowledges every write with SyncStatus. Clients in this
// harness only ever speak through one of these two objects.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export const SYNC = 0;
export const AWARENESS = 1;
export const STEP1 = 0;
export const STEP2 = 1;
export const UPDATE = 2;

// What an empty client has: no state (state vector with 0 clients) and no structs or deletes.
export const emptyStateVector = Uint8Array.of(0);
export const emptyUpdate = Uint8Array.of(0, 0);
// An awareness update naming no clients: Hocuspocus resets its 60 s idle timer on it, and
// applying it changes nothing, so nothing is broadcast.
const emptyAwareness = Uint8Array.of(0);

// Ours adds three message types next to the y-websocket ones, from libs/assessment-doc
// collab-protocol.ts when it is built; the values the issue fixed otherwise.
export const ours = { ackRequest: 100, saved: 101, presence: 102 };
try {
  const { collabMessageType } = await import('@idgov/assessment-doc');
  Object.assign(ours, {
    ackRequest: collabMessageType?.ackRequest ?? ours.ackRequest,
    saved: collabMessageType?.saved ?? ours.saved,
    presence: collabMessageType?.presence ?? ours.presence,
  });
} catch {
  // lib not built: the fixed values above apply
}

const frame = (write) => {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
};

// Decoded message: { kind, sub?, payload?, ... }. `payload` is a view into the frame, not a copy.
function readBody(d, type) {
  switch (type) {
    case SYNC:
    case 4: // Hocuspocus SyncReply: a sync message that must not trigger another SyncStep1
      return { kind: 'sync', sub: decoding.readVarUint(d), payload: decoding.readVarUint8Array(d) };
    case AWARENESS:
      return { kind: 'awareness', payload: decoding.readVarUint8Array(d) };
    default:
      return { kind: 'other', type };
  }
}

export const yWebsocket = {
  name: 'y-websocket',
  hello: () => [frame((e) => writeSync(e, STEP1, emptyStateVector))],
  sync: (_doc, sub, payload) => frame((e) => writeSync(e, sub, payload)),
  awareness: (_doc, update) =>
    frame((e) => {
      encoding.writeVarUint(e, AWARENESS);
      encoding.writeVarUint8Array(e, update);
    }),
  // The reference server and ours keep sockets alive with WebSocket pings, which `ws` answers.
  keepalive: null,
  ackRequest: () => Uint8Array.of(ours.ackRequest),
  parse(data) {
    const d = decoding.createDecoder(data);
    const type = decoding.readVarUint(d);
    if (type === ours.saved) {
      return { kind: 'saved', count: decoding.readVarUint(d) };
    }
    if (type === ours.presence) {
      return { kind: 'presence' };
    }
    if (type === 2) {
      return { kind: 'auth-denied' };
    }
    return readBody(d, type);
  },
};

function writeSync(e, sub, payload) {
  encoding.writeVarUint(e, SYNC);
  encoding.writeVarUint(e, sub);
  encoding.writeVarUint8Array(e, payload);
}

export const hocuspocus = {
  name: 'hocuspocus',
  hello: (doc, token) => [
    frame((e) => {
      encoding.writeVarString(e, doc);
      encoding.writeVarUint(e, 2); // Auth
      encoding.writeVarUint(e, 0); // Token
      encoding.writeVarString(e, token ?? '');
    }),
    hocuspocus.sync(doc, STEP1, emptyStateVector),
  ],
  sync: (doc, sub, payload) =>
    frame((e) => {
      encoding.writeVarString(e, doc);
      writeSync(e, sub, payload);
    }),
  awareness: (doc, update) =>
    frame((e) => {
      encoding.writeVarString(e, doc);
      encoding.writeVarUint(e, AWARENESS);
      encoding.writeVarUint8Array(e, update);
    }),
  // Hocuspocus closes a socket that has sent nothing for 60 s (its `timeout`).
  keepalive: { everyMs: 25_000, frame: (doc) => hocuspocus.awareness(doc, emptyAwareness) },
  ackRequest: null,
  parse(data) {
    if (data.length === 1 && data[0] === 9) {
      return { kind: 'ping' }; // connection-level Ping, answered with Pong (10)
    }
    const d = decoding.createDecoder(data);
    decoding.readVarString(d); // document name
    const type = decoding.readVarUint(d);
    if (type === 2) {
      const authType = decoding.readVarUint(d);
      return { kind: authType === 2 ? 'auth-ok' : 'auth-denied' };
    }
    if (type === 8) {
      return { kind: 'sync-status', ok: decoding.readVarUint(d) === 1 };
    }
    return readBody(d, type);
  },
};

// Markers are ASCII "MK" + 8 digits + ";" inserted into a Y.Text. Yjs stores string content as
// UTF-8 inside an update, so a viewer finds them by scanning bytes, without decoding the update.
export const marker = (seq) => `MK${String(seq).padStart(8, '0')};`;
const M = 0x4d;
const K = 0x4b;
export function scanMarkers(bytes, onSeq) {
  const end = bytes.length - 10;
  for (let i = bytes.indexOf(M); i !== -1 && i < end; i = bytes.indexOf(M, i + 1)) {
    if (bytes[i + 1] !== K || bytes[i + 10] !== 0x3b) {
      continue;
    }
    let seq = 0;
    let ok = true;
    for (let j = i + 2; j < i + 10; j += 1) {
      const c = bytes[j] - 0x30;
      if (c < 0 || c > 9) {
        ok = false;
        break;
      }
      seq = seq * 10 + c;
    }
    if (ok) {
      onSeq(seq);
    }
  }
}

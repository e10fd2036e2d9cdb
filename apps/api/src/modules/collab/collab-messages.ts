import { collabMessageType } from '@idgov/assessment-doc';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { RawData } from 'ws';
import * as Y from 'yjs';

// Encoders for what the server sends, y-websocket framing: [messageType, ...payload].

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, collabMessageType.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function syncStep2Message(diff: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, collabMessageType.sync);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, diff);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, collabMessageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, collabMessageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

// An awareness update about no one: the stock client treats any message as a sign of life (it
// reconnects after 30 s of silence) and applies this one as a no-op. Viewers need it because
// their own heartbeats are not rebroadcast to them.
export const keepAliveMessage: Uint8Array = awarenessMessage(new Uint8Array([0]));

// ws hands over a Buffer (or fragments of one) with its default binaryType.
export function messageBytes(data: RawData): Buffer {
  if (Array.isArray(data)) {
    return Buffer.concat(data);
  }
  return data instanceof ArrayBuffer ? Buffer.from(data) : data;
}

// What a client has: what it says it has, and what was sent to it before it said so.
export function knownVector(stated: Uint8Array, sent: Uint8Array | null): Uint8Array {
  if (!sent) {
    return stated;
  }
  const known = Y.decodeStateVector(stated);
  for (const [client, clock] of Y.decodeStateVector(sent)) {
    known.set(client, Math.max(clock, known.get(client) ?? 0));
  }
  return Y.encodeStateVector(known);
}

// A message as one unmasked, final, binary websocket frame (RFC 6455 §5.2), built once per
// broadcast so that each of a room's connections writes one ready buffer: `ws.send` would frame
// the same message again for every connection and write header and payload separately.
export function binaryFrame(message: Uint8Array): Buffer {
  const length = message.byteLength;
  const headerLength = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = 0x82; // FIN, opcode 2 (binary)
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(message, headerLength);
  return frame;
}

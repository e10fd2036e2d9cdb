// What instances tell each other: a stored collaboration update, an awareness change, a change of
// access (re-check connections now), a gap (an instance could not publish: re-read the log), or a
// workshop that changed (topic: its id; subscribers re-read it from the database).
export const busKinds = ['update', 'awareness', 'access', 'gap', 'workshop'] as const;
export type BusKind = (typeof busKinds)[number];

export interface BusMessage {
  // Random per process, so that an instance skips its own messages.
  instance: Uint8Array;
  kind: BusKind;
  // The document name, or empty.
  topic: string;
  payload: Uint8Array;
}

export const instanceIdBytes = 16;
const version = 1;
// version, kind, instance id, topic length (uint16, big-endian)
const headerBytes = 2 + instanceIdBytes + 2;

// Binary, so that updates travel as they are: no base64 or JSON on the hot path.
export function encodeBusMessage(message: BusMessage): Buffer {
  const topic = Buffer.from(message.topic, 'utf8');
  if (message.instance.length !== instanceIdBytes || topic.length > 0xffff) {
    throw new Error('malformed bus message');
  }
  const out = Buffer.allocUnsafe(headerBytes + topic.length + message.payload.length);
  out[0] = version;
  out[1] = busKinds.indexOf(message.kind);
  out.set(message.instance, 2);
  out.writeUInt16BE(topic.length, 2 + instanceIdBytes);
  topic.copy(out, headerBytes);
  out.set(message.payload, headerBytes + topic.length);
  return out;
}

// Null for anything this version did not write (another release during a rolling upgrade).
export function decodeBusMessage(data: Buffer): BusMessage | null {
  if (data.length < headerBytes || data[0] !== version) {
    return null;
  }
  const kind = busKinds[data[1] ?? -1];
  const topicEnd = headerBytes + data.readUInt16BE(2 + instanceIdBytes);
  if (!kind || topicEnd > data.length) {
    return null;
  }
  return {
    instance: data.subarray(2, 2 + instanceIdBytes),
    kind,
    topic: data.toString('utf8', headerBytes, topicEnd),
    // A copy: a Y.Doc keeps views of the updates applied to it, never of a socket's buffer.
    payload: new Uint8Array(data.subarray(topicEnd)),
  };
}

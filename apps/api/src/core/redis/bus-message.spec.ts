import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBusMessage, encodeBusMessage, type BusMessage } from './bus-message.js';

const message = (overrides: Partial<BusMessage> = {}): BusMessage => ({
  instance: randomBytes(16),
  kind: 'update',
  topic: 'a3f0c2d1-0000-4000-8000-000000000000:légal-framework',
  payload: new Uint8Array([0, 1, 2, 255, 0]),
  ...overrides,
});

describe('bus messages', () => {
  it('carry every kind, any topic and binary payloads unchanged', () => {
    for (const kind of ['update', 'awareness', 'access', 'gap', 'workshop'] as const) {
      const sent = message({ kind });
      const received = decodeBusMessage(encodeBusMessage(sent));
      expect(received?.kind).toBe(kind);
      expect(received?.topic).toBe(sent.topic);
      expect(Buffer.from(received?.instance ?? []).equals(sent.instance)).toBe(true);
      expect([...(received?.payload ?? [])]).toEqual([...sent.payload]);
    }
    const empty = decodeBusMessage(
      encodeBusMessage(message({ topic: '', payload: new Uint8Array() })),
    );
    expect(empty).toMatchObject({ topic: '', payload: new Uint8Array() });
  });

  it('hand over a copy of the payload, not a view of the received buffer', () => {
    const data = encodeBusMessage(message());
    const received = decodeBusMessage(data);
    data.fill(7);
    expect([...(received?.payload ?? [])]).toEqual([0, 1, 2, 255, 0]);
  });

  it('ignore what this version did not write: truncated, another version, an unknown kind', () => {
    const data = encodeBusMessage(message());
    expect(decodeBusMessage(data.subarray(0, 10))).toBeNull();
    expect(decodeBusMessage(Buffer.concat([Buffer.from([2]), data.subarray(1)]))).toBeNull();
    const unknownKind = Buffer.from(data);
    unknownKind[1] = 9;
    expect(decodeBusMessage(unknownKind)).toBeNull();
    const longTopic = Buffer.from(data);
    longTopic.writeUInt16BE(0xffff, 18);
    expect(decodeBusMessage(longTopic)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  collabMessageType,
  collabCloseCode,
  decodeCollabServerMessage,
  encodeAccess,
  encodeAckRequest,
  encodePresence,
  encodeSaved,
} from './collab-protocol.js';

describe('collaboration protocol extensions', () => {
  it('round-trips saved acknowledgements and presence counts', () => {
    expect(decodeCollabServerMessage(encodeSaved(0))).toEqual({ type: 'saved', count: 0 });
    expect(decodeCollabServerMessage(encodeSaved(70_000))).toEqual({
      type: 'saved',
      count: 70_000,
    });
    expect(decodeCollabServerMessage(encodePresence({ writers: 2, viewers: 300 }))).toEqual({
      type: 'presence',
      presence: { writers: 2, viewers: 300 },
    });
    expect(decodeCollabServerMessage(encodeAccess('write'))).toEqual({
      type: 'access',
      access: 'write',
    });
    expect(decodeCollabServerMessage(encodeAccess('read'))).toEqual({
      type: 'access',
      access: 'read',
    });
  });

  it('keeps clear of the y-websocket message types', () => {
    const ours = [
      collabMessageType.ackRequest,
      collabMessageType.saved,
      collabMessageType.presence,
      collabMessageType.access,
    ];
    const theirs = [
      collabMessageType.sync,
      collabMessageType.awareness,
      collabMessageType.auth,
      collabMessageType.queryAwareness,
    ];
    expect(theirs).toEqual([0, 1, 2, 3]);
    expect(ours.every((type) => type >= 100)).toBe(true);
    expect(encodeAckRequest()).toEqual(new Uint8Array([100]));
  });

  it('answers null for y-websocket messages and for truncated ones', () => {
    expect(decodeCollabServerMessage(new Uint8Array([0, 0, 1, 0]))).toBeNull();
    expect(decodeCollabServerMessage(new Uint8Array([101]))).toBeNull();
    expect(decodeCollabServerMessage(new Uint8Array([102, 1]))).toBeNull();
    expect(decodeCollabServerMessage(new Uint8Array([103]))).toBeNull();
    expect(decodeCollabServerMessage(new Uint8Array([]))).toBeNull();
  });

  // A stock client reconnects after any other code, and would do so with its spent ticket.
  it('closes for access reasons with codes the stock client does not retry', () => {
    const { accessRevoked, accessChanged, sessionEnded } = collabCloseCode;
    for (const code of [accessRevoked, accessChanged, sessionEnded]) {
      expect(code >= 4400 && code < 4500).toBe(true);
    }
    expect(new Set(Object.values(collabCloseCode)).size).toBe(Object.keys(collabCloseCode).length);
  });
});

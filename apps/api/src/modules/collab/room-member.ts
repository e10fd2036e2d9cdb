// One connection as its room sees it.
export interface RoomMember {
  readonly userId: string;
  readonly role: 'writer' | 'viewer';
  readonly wantsAcks: boolean;
  // The awareness client ids this connection set (removed when it leaves or is downgraded).
  readonly awarenessIds: Set<number>;
  send(message: Uint8Array): void;
  // A broadcast: the same message, framed once for the whole room (binaryFrame).
  sendFrame(frame: Buffer): void;
  close(code: number, reason: string): void;
}

// Transaction origins other than a connection: an update that another instance stored (relayed,
// never stored again) and a change the server made itself (stored like a client's).
export const relayOrigin = Symbol('relay');
export const serverOrigin = Symbol('server');
export type UpdateOrigin = RoomMember | typeof relayOrigin | typeof serverOrigin;

export function isRoomMember(origin: unknown): origin is RoomMember {
  return typeof origin === 'object' && origin !== null && 'awarenessIds' in origin;
}

import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CollabConnection } from './collab-connection';
import { saveStatus } from './save-state';

// Test support for CollabConnection: a CollabConnection over a fake browser WebSocket that the
// test drives as the server would.
type Handler<E> = ((event: E) => void) | null;

// Just enough of a browser WebSocket for y-websocket, driven by the test as the server.
export class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static instances: FakeSocket[] = [];
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSING = 2;
  readonly CLOSED = 3;
  binaryType = 'blob';
  readyState = 0;
  readonly sent: Uint8Array[] = [];
  onopen: Handler<unknown> = null;
  onmessage: Handler<{ data: ArrayBuffer }> = null;
  onclose: Handler<{ code: number; reason: string }> = null;
  onerror: Handler<unknown> = null;

  constructor(readonly url: string) {
    FakeSocket.instances.push(this);
  }

  send(data: Uint8Array): void {
    this.sent.push(data);
  }

  close(): void {
    this.readyState = 3;
  }

  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }

  receive(frame: Uint8Array): void {
    this.onmessage?.({ data: frame.slice().buffer });
  }

  serverClose(code: number): void {
    this.readyState = 3;
    this.onclose?.({ code, reason: '' });
  }
}

export const last = () => FakeSocket.instances[FakeSocket.instances.length - 1];
export const tokenOf = (socket: FakeSocket | undefined) =>
  new URL(socket?.url ?? '').searchParams.get('token');

export function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export const serverSyncStep1 = (server: Y.Doc) =>
  frame((e) => {
    encoding.writeVarUint(e, 0);
    syncProtocol.writeSyncStep1(e, server);
  });

export const savedMessage = (count: number) =>
  frame((e) => {
    encoding.writeVarUint(e, 101);
    encoding.writeVarUint(e, count);
  });

// Applies what the client sent (updates, sync step 2) to the server's document.
export function applyClientFrames(socket: FakeSocket, server: Y.Doc): void {
  for (const sent of socket.sent.splice(0)) {
    const decoder = decoding.createDecoder(sent);
    if (decoding.readVarUint(decoder) === 0) {
      syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), server, 'client');
    }
  }
}

const cleanups: (() => void)[] = [];

export function setUp(fetchToken: () => Promise<string>, onAccessChanged = vi.fn()) {
  FakeSocket.instances = [];
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const connection = new CollabConnection({
    serverUrl: 'ws://example.test/collab',
    documentName: 'assessment.x.element.y',
    doc,
    awareness,
    fetchToken,
    onAccessChanged,
    WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
    random: () => 0,
    disableBroadcastChannel: true,
  });
  cleanups.push(() => {
    connection.destroy();
    awareness.destroy();
    doc.destroy();
  });
  connection.start();
  const status = () => saveStatus(connection.getSnapshot().save);
  return { doc, connection, status };
}

export function tokens() {
  let n = 0;
  return vi.fn(() => Promise.resolve(`token-${++n}`));
}

// For the spec's afterEach.
export function cleanUp(): void {
  cleanups.splice(0).forEach((cleanup) => cleanup());
}

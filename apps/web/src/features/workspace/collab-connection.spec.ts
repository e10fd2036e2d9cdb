import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CollabAccessDenied, CollabConnection } from './collab-connection';
import { hasUnsavedChanges, saveStatus } from './save-state';

type Handler<E> = ((event: E) => void) | null;

// Just enough of a browser WebSocket for y-websocket, driven by the test as the server.
class FakeSocket {
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

const last = () => FakeSocket.instances[FakeSocket.instances.length - 1];
const tokenOf = (socket: FakeSocket | undefined) =>
  new URL(socket?.url ?? '').searchParams.get('token');

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

const serverSyncStep1 = (server: Y.Doc) =>
  frame((e) => {
    encoding.writeVarUint(e, 0);
    syncProtocol.writeSyncStep1(e, server);
  });

const savedMessage = (count: number) =>
  frame((e) => {
    encoding.writeVarUint(e, 101);
    encoding.writeVarUint(e, count);
  });

// Applies what the client sent (updates, sync step 2) to the server's document.
function applyClientFrames(socket: FakeSocket, server: Y.Doc): void {
  for (const sent of socket.sent.splice(0)) {
    const decoder = decoding.createDecoder(sent);
    if (decoding.readVarUint(decoder) === 0) {
      syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), server, 'client');
    }
  }
}

const cleanups: (() => void)[] = [];

function setUp(fetchToken: () => Promise<string>, onAccessChanged = vi.fn()) {
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

function tokens() {
  let n = 0;
  return vi.fn(() => Promise.resolve(`token-${++n}`));
}

afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
});

describe('CollabConnection', () => {
  it('connects with a fresh token each time, never reusing a spent one', async () => {
    const fetchToken = tokens();
    const { status } = setUp(fetchToken);
    expect(status()).toBe('connecting');
    await vi.waitFor(() => expect(FakeSocket.instances).toHaveLength(1));
    expect(last()?.url).toMatch(/^ws:\/\/example\.test\/collab\/assessment\.x\.element\.y\?/);
    expect(tokenOf(last())).toBe('token-1');
    last()?.open();
    expect(status()).toBe('saved');

    last()?.serverClose(1006);
    expect(status()).toBe('offline');
    await vi.waitFor(() => expect(FakeSocket.instances).toHaveLength(2));
    expect(tokenOf(last())).toBe('token-2');
    expect(fetchToken).toHaveBeenCalledTimes(2);
    // y-websocket's own retry (with the spent token) never opens a socket.
    await new Promise((r) => setTimeout(r, 400));
    expect(FakeSocket.instances).toHaveLength(2);
  });

  it('asks for acks first, and is saved once the server has saved every update', async () => {
    const { doc, status } = setUp(tokens());
    await vi.waitFor(() => expect(FakeSocket.instances).toHaveLength(1));
    const socket = last();
    socket?.open();
    expect([...(socket?.sent[0] ?? [])]).toEqual([100]);

    doc.getText('t').insert(0, 'a');
    doc.getText('t').insert(1, 'b');
    expect(status()).toBe('saving');
    socket?.receive(savedMessage(1));
    expect(status()).toBe('saving');
    socket?.receive(savedMessage(2));
    expect(status()).toBe('saved');
  });

  it('keeps offline edits as unsaved and saves them after reconnecting', async () => {
    const server = new Y.Doc();
    const { doc, connection, status } = setUp(tokens());
    await vi.waitFor(() => expect(FakeSocket.instances).toHaveLength(1));
    last()?.open();
    last()?.serverClose(1006);

    doc.getText('t').insert(0, 'written offline');
    expect(status()).toBe('offline');
    expect(hasUnsavedChanges(connection.getSnapshot().save)).toBe(true);

    await vi.waitFor(() => expect(FakeSocket.instances).toHaveLength(2));
    const socket = last();
    socket?.open();
    expect(status()).toBe('saving');
    socket?.receive(serverSyncStep1(server));
    if (socket) {
      applyClientFrames(socket, server);
    }
    expect(server.getText('t').toJSON()).toBe('written offline');
    expect(status()).toBe('saving');
    socket?.receive(savedMessage(1));
    expect(status()).toBe('saved');
    expect(hasUnsavedChanges(connection.getSnapshot().save)).toBe(false);
  });

  it('reports the presence counts the server sends', async () => {
    const { connection } = setUp(tokens());
    await vi.waitFor(() => expect(FakeSocket.instances).toHaveLength(1));
    last()?.open();
    last()?.receive(
      frame((e) => {
        encoding.writeVarUint(e, 102);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint(e, 30);
      }),
    );
    expect(connection.getSnapshot().presence).toEqual({ writers: 2, viewers: 30 });
    last()?.serverClose(1006);
    expect(connection.getSnapshot().presence).toBeNull();
  });

  it('retries a token request that failed, and stops when access is denied', async () => {
    const fetchToken = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('network'))
      .mockRejectedValueOnce(new CollabAccessDenied());
    const { status } = setUp(fetchToken);
    await vi.waitFor(() => expect(fetchToken).toHaveBeenCalledTimes(2));
    expect(status()).toBe('denied');
    await new Promise((r) => setTimeout(r, 400));
    expect(fetchToken).toHaveBeenCalledTimes(2);
    expect(FakeSocket.instances).toHaveLength(0);
  });

  it('tells the page when the server closes for access reasons', async () => {
    const onAccessChanged = vi.fn();
    setUp(tokens(), onAccessChanged);
    await vi.waitFor(() => expect(FakeSocket.instances).toHaveLength(1));
    last()?.open();
    last()?.serverClose(4403);
    expect(onAccessChanged).toHaveBeenCalledTimes(1);
    // It still reconnects (with a new token): a downgraded person keeps reading.
    await vi.waitFor(() => expect(FakeSocket.instances).toHaveLength(2));
  });
});

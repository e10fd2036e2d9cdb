import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  applyClientFrames,
  cleanUp,
  FakeSocket,
  frame,
  last,
  savedMessage,
  serverSyncStep1,
  setUp,
  tokenOf,
  tokens,
} from './collab-connection.test-support';
import { CollabAccessDenied } from './fresh-token-reconnect';
import { hasUnsavedChanges } from './save-state';

afterEach(cleanUp);

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
});

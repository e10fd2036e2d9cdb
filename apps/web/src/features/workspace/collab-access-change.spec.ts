import { collabCloseCode, encodeAccess } from '@idgov/assessment-doc';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  cleanUp,
  FakeSocket,
  last,
  serverSyncStep1,
  setUp,
  tokenOf,
  tokens,
} from './collab-connection.test-support';
import { reconnectMaxMs } from './reconnect-delay';
import { hasUnsavedChanges } from './save-state';

afterEach(cleanUp);

// The server closes a connection whose access changed (4403 gone, 4409 changed); the client
// reconnects with a fresh token, and learns the new connection's access from the server.
describe('CollabConnection when access changes', () => {
  it('tells the page when the server closes for access reasons', async () => {
    const onAccessChanged = vi.fn();
    setUp(tokens(), onAccessChanged);
    await vi.waitFor(() => expect(FakeSocket.instances).toHaveLength(1));
    last()?.open();
    last()?.serverClose(collabCloseCode.accessRevoked);
    expect(onAccessChanged).toHaveBeenCalledTimes(1);
    // It still tries again: the token request says whether they may still read.
    await vi.waitFor(() => expect(FakeSocket.instances).toHaveLength(2));
  });

  it('reconnects at once, with a fresh token, when the server closes for a change of access', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const onAccessChanged = vi.fn();
      setUp(tokens(), onAccessChanged);
      await vi.advanceTimersByTimeAsync(0);
      last()?.open();
      last()?.serverClose(1006);
      await vi.advanceTimersByTimeAsync(0);
      // A dropped connection waits out its backoff first.
      expect(FakeSocket.instances).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(reconnectMaxMs);
      expect(FakeSocket.instances).toHaveLength(2);

      last()?.open();
      last()?.serverClose(collabCloseCode.accessChanged);
      expect(onAccessChanged).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(0);
      expect(FakeSocket.instances).toHaveLength(3);
      expect(tokenOf(last())).toBe('token-3');
    } finally {
      vi.useRealTimers();
    }
  });

  it('says that edits were not saved when the new connection may only read', async () => {
    const server = new Y.Doc();
    const { doc, connection, status } = setUp(tokens());
    await vi.waitFor(() => expect(FakeSocket.instances).toHaveLength(1));
    const writer = last();
    writer?.open();
    writer?.receive(encodeAccess('write'));
    doc.getText('t').insert(0, 'typed as the access changed');
    expect(status()).toBe('saving');
    // The server dropped the update (no ack) and closed.
    writer?.serverClose(collabCloseCode.accessChanged);

    await vi.waitFor(() => expect(FakeSocket.instances).toHaveLength(2));
    const reader = last();
    reader?.open();
    reader?.receive(serverSyncStep1(server));
    reader?.receive(encodeAccess('read'));
    expect(status()).toBe('refused');
    expect(hasUnsavedChanges(connection.getSnapshot().save)).toBe(true);
  });

  it('is saved on a read-only connection that carries nothing of this person', async () => {
    const { status } = setUp(tokens());
    await vi.waitFor(() => expect(FakeSocket.instances).toHaveLength(1));
    last()?.open();
    last()?.receive(serverSyncStep1(new Y.Doc()));
    expect(status()).toBe('saving');
    last()?.receive(encodeAccess('read'));
    expect(status()).toBe('saved');
  });
});

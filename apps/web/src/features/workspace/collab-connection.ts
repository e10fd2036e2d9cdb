import { collabMessageType, encodeAckRequest, type CollabPresence } from '@idgov/assessment-doc';
import * as decoding from 'lib0/decoding';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { countingWebSocket } from './counting-websocket';
import { classifyFrame } from './outgoing-frame';
import { reconnectDelay, reconnectMaxMs } from './reconnect-delay';
import { initialSaveState, reduceSaveState, type SaveEvent, type SaveState } from './save-state';

// Thrown by `fetchToken` when the server will not let this person in at all (removed from the
// assessment, signed out): the connection then stops instead of retrying.
export class CollabAccessDenied extends Error {
  constructor() {
    super('Access to the document was refused');
    this.name = 'CollabAccessDenied';
  }
}

export type CollabConnectionOptions = {
  readonly serverUrl: string;
  readonly documentName: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  // A fresh single-use token (valid 60 s) for each connection attempt.
  readonly fetchToken: () => Promise<string>;
  // Origins of document changes that are not this person's edits (e.g. the IndexedDB load).
  readonly ignoreOrigin?: (origin: unknown) => boolean;
  // The server closed with a 44xx code (access revoked or downgraded): permissions may have changed.
  readonly onAccessChanged?: () => void;
  readonly WebSocketImpl?: typeof WebSocket;
  readonly random?: () => number;
  readonly disableBroadcastChannel?: boolean;
};

export type CollabSnapshot = {
  readonly save: SaveState;
  // Counted by the server: viewers' awareness is not rebroadcast, so this is the only way to see them.
  readonly presence: CollabPresence | null;
};

const isAccessClose = (code: number) => code >= 4400 && code < 4500;

// One element document's connection to the collaboration server, over the stock y-websocket
// provider, plus our own protocol: saved acknowledgements and presence counts.
//
// Tokens: the server accepts a token once, within 60 s, so every (re)connect needs a new one.
// y-websocket reconnects by itself after a close, reading `provider.params` as it opens the next
// socket, and would reuse the spent token. So the provider is created with `connect: false`, and
// on every close (server close, network loss, y-websocket's 30 s silence watchdog) this class
// sets `provider.shouldConnect = false` (turning the provider's own scheduled retry into a no-op),
// waits a jittered backoff, fetches a new token, stores it in `provider.params` and only then calls
// `provider.connect()`. A token refused for good (CollabAccessDenied) stops the loop.
export class CollabConnection {
  readonly provider: WebsocketProvider;
  private snapshot: CollabSnapshot = { save: initialSaveState, presence: null };
  private readonly listeners = new Set<() => void>();
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private fetching = false;
  private destroyed = false;

  constructor(private readonly options: CollabConnectionOptions) {
    const { doc, awareness } = options;
    const WebSocketImpl = countingWebSocket(options.WebSocketImpl ?? WebSocket, (frame) =>
      this.dispatch({ type: 'sent', frame: classifyFrame(frame) }),
    );
    this.provider = new WebsocketProvider(options.serverUrl, options.documentName, doc, {
      connect: false,
      awareness,
      WebSocketPolyfill: WebSocketImpl,
      disableBc: options.disableBroadcastChannel ?? false,
    });
    // y-websocket calls a handler with the message type already read from the decoder.
    this.provider.messageHandlers[collabMessageType.saved] = (_encoder, decoder) =>
      this.dispatch({ type: 'saved', count: decoding.readVarUint(decoder) });
    this.provider.messageHandlers[collabMessageType.presence] = (_encoder, decoder) => {
      const writers = decoding.readVarUint(decoder);
      this.update({ presence: { writers, viewers: decoding.readVarUint(decoder) } });
    };
    this.provider.on('status', this.onStatus);
    this.provider.on('connection-close', this.onClose);
    this.provider.on('sync', this.onSync);
    doc.on('update', this.onUpdate);
  }

  start(): void {
    if (typeof window !== 'undefined') {
      window.addEventListener('online', this.onOnline);
      window.addEventListener('offline', this.onOffline);
    }
    void this.connectWithFreshToken();
  }

  destroy(): void {
    this.destroyed = true;
    this.clearRetry();
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.onOnline);
      window.removeEventListener('offline', this.onOffline);
    }
    this.options.doc.off('update', this.onUpdate);
    this.provider.destroy();
    this.listeners.clear();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): CollabSnapshot => this.snapshot;

  private update(patch: Partial<CollabSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.listeners.forEach((listener) => listener());
  }

  private dispatch(event: SaveEvent): void {
    const save = reduceSaveState(this.snapshot.save, event);
    if (save !== this.snapshot.save) {
      this.update({ save });
    }
  }

  private readonly onStatus = ({ status }: { status: string }) => {
    if (status === 'connecting') {
      this.dispatch({ type: 'connecting' });
    } else if (status === 'connected') {
      this.dispatch({ type: 'opened' });
      // Before y-websocket's own sync step 1, so that the server acknowledges everything after it.
      this.provider.ws?.send(encodeAckRequest().slice());
    }
  };

  private readonly onSync = (synced: boolean) => {
    if (synced) {
      this.attempt = 0;
    }
  };

  private readonly onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== this.provider && !this.options.ignoreOrigin?.(origin)) {
      this.dispatch({ type: 'localEdit' });
    }
  };

  private readonly onClose = (event: CloseEvent | null) => {
    // The provider schedules its own reconnect right after this event, with the spent token.
    this.provider.shouldConnect = false;
    this.dispatch({ type: 'closed' });
    this.update({ presence: null });
    if (this.destroyed || this.snapshot.save.denied) {
      return;
    }
    if (event !== null && isAccessClose(event.code)) {
      this.options.onAccessChanged?.();
    }
    this.scheduleReconnect();
  };

  private readonly onOnline = () => {
    this.clearRetry();
    this.attempt = 0;
    void this.connectWithFreshToken();
  };

  // The socket of a machine that went offline may take 30 s to notice; show it at once.
  private readonly onOffline = () => {
    if (this.provider.ws !== null) {
      this.provider.disconnect();
    }
  };

  private clearRetry(): void {
    if (this.retryTimer !== null) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
  }

  private scheduleReconnect(): void {
    this.clearRetry();
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    // Offline, the `online` event reconnects at once; the slow retry covers a wrong onLine.
    const delay = offline
      ? reconnectMaxMs
      : reconnectDelay(this.attempt, this.options.random ?? Math.random);
    this.attempt += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connectWithFreshToken();
    }, delay);
  }

  private async connectWithFreshToken(): Promise<void> {
    if (this.destroyed || this.fetching || this.provider.ws !== null) {
      return;
    }
    this.fetching = true;
    this.dispatch({ type: 'connecting' });
    let token: string;
    try {
      token = await this.options.fetchToken();
    } catch (error) {
      if (this.destroyed) {
        return;
      }
      this.dispatch({ type: error instanceof CollabAccessDenied ? 'denied' : 'closed' });
      if (!(error instanceof CollabAccessDenied)) {
        this.scheduleReconnect();
      }
      return;
    } finally {
      this.fetching = false;
    }
    if (this.destroyed || this.provider.ws !== null) {
      return;
    }
    this.provider.params = { token };
    this.provider.connect();
  }
}

import {
  collabCloseCode,
  collabMessageType,
  encodeAckRequest,
  readAccess,
  type CollabPresence,
} from '@idgov/assessment-doc';
import * as decoding from 'lib0/decoding';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { countingWebSocket } from './counting-websocket';
import { FreshTokenReconnect } from './fresh-token-reconnect';
import { classifyFrame } from './outgoing-frame';
import {
  initialSaveState,
  reduceSaveState,
  type LocalCopy,
  type SaveEvent,
  type SaveState,
} from './save-state';

export type CollabConnectionOptions = {
  readonly serverUrl: string;
  readonly documentName: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  // A fresh single-use token (valid 60 s) for each connection attempt.
  readonly fetchToken: () => Promise<string>;
  // Origins of document changes that are not this person's edits (e.g. the IndexedDB load).
  readonly ignoreOrigin?: (origin: unknown) => boolean;
  // The server closed with a 44xx code (access revoked or changed): permissions may have changed.
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
// provider, plus our own protocol: saved acknowledgements, presence counts and the connection's
// access. Every connection gets a fresh token (FreshTokenReconnect); a token refused for good
// stops reconnecting, and a close for a change of access (edit rights given or taken) reconnects
// at once, since only a new connection has the new access.
export class CollabConnection {
  readonly provider: WebsocketProvider;
  private snapshot: CollabSnapshot = { save: initialSaveState, presence: null };
  private readonly listeners = new Set<() => void>();
  private readonly reconnect: FreshTokenReconnect;
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
    this.reconnect = new FreshTokenReconnect(this.provider, {
      fetchToken: options.fetchToken,
      random: options.random,
      report: (event) => this.dispatch({ type: event === 'failed' ? 'closed' : event }),
    });
    // y-websocket calls a handler with the message type already read from the decoder.
    this.provider.messageHandlers[collabMessageType.saved] = (_encoder, decoder) =>
      this.dispatch({ type: 'saved', count: decoding.readVarUint(decoder) });
    this.provider.messageHandlers[collabMessageType.presence] = (_encoder, decoder) => {
      const writers = decoding.readVarUint(decoder);
      this.update({ presence: { writers, viewers: decoding.readVarUint(decoder) } });
    };
    this.provider.messageHandlers[collabMessageType.access] = (_encoder, decoder) =>
      this.dispatch({ type: 'access', access: readAccess(decoder) });
    this.provider.on('status', this.onStatus);
    this.provider.on('connection-close', this.onClose);
    this.provider.on('sync', this.onSync);
    doc.on('update', this.onUpdate);
  }

  start(): void {
    this.reconnect.start();
  }

  destroy(): void {
    this.destroyed = true;
    this.reconnect.stop();
    this.options.doc.off('update', this.onUpdate);
    this.provider.destroy();
    this.listeners.clear();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): CollabSnapshot => this.snapshot;

  // The state of the copy in this browser, which the page shows alongside the server's.
  setLocalCopy(local: LocalCopy): void {
    this.dispatch({ type: 'local', local });
  }

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
      this.reconnect.succeeded();
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
    this.reconnect.retry(event?.code === collabCloseCode.accessChanged);
  };
}

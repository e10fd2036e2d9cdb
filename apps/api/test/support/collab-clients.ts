import { collabMessageType, decodeCollabServerMessage } from '@idgov/assessment-doc';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

// Waits for a condition that an event makes true (never asserts how long it took).
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  limitMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`gave up waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface StockClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  synced: Promise<void>;
  // Every message the client received, and the type (first varUint) of each.
  received: Uint8Array[];
  receivedTypes: number[];
  // Close codes of the connections it had.
  closeCodes: number[];
  destroy(): void;
}

// The stock y-websocket provider, unchanged, over the `ws` package. BroadcastChannel is off so
// that two providers in one process can only meet through the server.
export function stockClient(
  collabUrl: string,
  documentName: string,
  token: string,
  doc = new Y.Doc(),
): StockClient {
  const received: Uint8Array[] = [];
  const receivedTypes: number[] = [];
  const closeCodes: number[] = [];
  class RecordingSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data: Buffer) => {
        received.push(new Uint8Array(data));
        receivedTypes.push(decoding.readVarUint(decoding.createDecoder(new Uint8Array(data))));
      });
      this.on('close', (code: number) => closeCodes.push(code));
      this.on('error', () => undefined);
    }
  }
  const provider = new WebsocketProvider(collabUrl, documentName, doc, {
    params: { token },
    WebSocketPolyfill: RecordingSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    const onSync = (state: boolean) => {
      if (state) {
        provider.off('sync', onSync);
        resolve();
      }
    };
    provider.on('sync', onSync);
  });
  return {
    doc,
    provider,
    synced,
    received,
    receivedTypes,
    closeCodes,
    destroy: () => provider.destroy(),
  };
}

// Sends a sync step 1 on the provider's own socket and waits for the server's answer, so that the
// server has handled everything the provider sent before.
export async function stockRoundTrip(client: StockClient): Promise<void> {
  const from = client.received.length;
  const ws = client.provider.ws;
  if (!ws) {
    throw new Error('the provider is not connected');
  }
  ws.send(syncStep1(new Y.Doc()));
  await until(
    () => client.received.slice(from).some((m) => isSync(m, syncProtocol.messageYjsSyncStep2)),
    'the server to answer',
  );
}

// A client that speaks the protocol message by message, for what a stock provider never sends.
export class RawClient {
  readonly messages: Uint8Array[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly listeners = new Set<() => void>();

  private constructor(private readonly ws: WebSocket) {
    const notify = () => this.listeners.forEach((listener) => listener());
    ws.on('message', (data: Buffer) => {
      this.messages.push(new Uint8Array(data));
      notify();
    });
    ws.on('error', () => undefined);
    this.closed = new Promise((resolve) => {
      ws.on('close', (code: number, reason: Buffer) => {
        resolve({ code, reason: reason.toString() });
        notify();
      });
    });
  }

  // Resolves once open; rejects with "HTTP <status>" when the upgrade is refused.
  static open(url: string, headers: Record<string, string> = {}): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers });
      ws.once('open', () => resolve(new RawClient(ws)));
      ws.once('unexpected-response', (_req, res) => {
        reject(new Error(`HTTP ${res.statusCode ?? 0}`));
        ws.terminate();
      });
      ws.once('error', (error) => reject(error));
    });
  }

  get open(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  send(message: Uint8Array): void {
    this.ws.send(message);
  }

  // Stops reading from the socket, like a client on a stalled network.
  stall(): void {
    this.ws.pause();
  }

  resume(): void {
    this.ws.resume();
  }

  // The first message from index `from` on that satisfies `test`.
  // Woken by each message and by the close, not by a timer.
  next(test: (message: Uint8Array) => boolean, what: string, from = 0): Promise<Uint8Array> {
    let seen = from;
    return new Promise((resolve, reject) => {
      const check = () => {
        for (; seen < this.messages.length; seen += 1) {
          const message = this.messages[seen];
          if (message && test(message)) {
            this.listeners.delete(check);
            resolve(message);
            return;
          }
        }
        if (this.ws.readyState === WebSocket.CLOSED) {
          this.listeners.delete(check);
          reject(new Error(`connection closed before ${what}`));
        }
      };
      this.listeners.add(check);
      check();
    });
  }

  // Asks for the server's state and waits for the answer: everything the server did with this
  // connection's earlier messages has happened by then (they are handled in order).
  async roundTrip(doc = new Y.Doc()): Promise<Uint8Array> {
    const from = this.messages.length;
    this.send(syncStep1(doc));
    const answer = await this.next(
      (m) => isSync(m, syncProtocol.messageYjsSyncStep2),
      'sync step 2',
      from,
    );
    return syncPayload(answer);
  }

  // The document as the server holds it, as far as this connection was told: the stored updates
  // of a cold document, sent ahead while it loads (the answer to a sync step 1 then leaves them
  // out), relayed updates, and the answer to a sync step 1.
  async serverState(): Promise<Uint8Array> {
    await this.roundTrip();
    const doc = new Y.Doc();
    for (const m of this.messages) {
      if (isSync(m, syncProtocol.messageYjsSyncStep2) || isSync(m, syncProtocol.messageYjsUpdate)) {
        Y.applyUpdate(doc, syncPayload(m));
      }
    }
    return Y.encodeStateAsUpdate(doc);
  }

  close(): void {
    this.ws.close();
  }
}

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export const syncStep1 = (doc: Y.Doc) =>
  message((e) => {
    encoding.writeVarUint(e, collabMessageType.sync);
    syncProtocol.writeSyncStep1(e, doc);
  });

export const syncUpdate = (update: Uint8Array) =>
  message((e) => {
    encoding.writeVarUint(e, collabMessageType.sync);
    syncProtocol.writeUpdate(e, update);
  });

export const syncStep2 = (update: Uint8Array) =>
  message((e) => {
    encoding.writeVarUint(e, collabMessageType.sync);
    encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(e, update);
  });

export const awarenessOf = (awareness: awarenessProtocol.Awareness) =>
  message((e) => {
    encoding.writeVarUint(e, collabMessageType.awareness);
    encoding.writeVarUint8Array(
      e,
      awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]),
    );
  });

export function isSync(m: Uint8Array, kind: number): boolean {
  const d = decoding.createDecoder(m);
  return decoding.readVarUint(d) === collabMessageType.sync && decoding.readVarUint(d) === kind;
}

export function typeOf(m: Uint8Array): number {
  return decoding.readVarUint(decoding.createDecoder(m));
}

// The update carried by a sync step 2 or update message.
export function syncPayload(m: Uint8Array): Uint8Array {
  const d = decoding.createDecoder(m);
  decoding.readVarUint(d);
  decoding.readVarUint(d);
  return decoding.readVarUint8Array(d);
}

// One text edit as a Yjs update, on a document of its own.
export function textUpdate(root: string, text: string, doc = new Y.Doc()): Uint8Array {
  let update: Uint8Array | null = null;
  doc.once('update', (u: Uint8Array) => {
    update = u;
  });
  doc.getText(root).insert(doc.getText(root).length, text);
  if (!update) {
    throw new Error('no update');
  }
  return update;
}

// Our own server messages, read from a raw frame (null when it is another kind of message).
export function savedIn(m: Uint8Array): number | null {
  const decoded = decodeCollabServerMessage(m);
  return decoded?.type === 'saved' ? decoded.count : null;
}

export function presenceIn(m: Uint8Array) {
  const decoded = decodeCollabServerMessage(m);
  return decoded?.type === 'presence' ? decoded.presence : null;
}

export function accessIn(m: Uint8Array) {
  const decoded = decodeCollabServerMessage(m);
  return decoded?.type === 'access' ? decoded.access : null;
}

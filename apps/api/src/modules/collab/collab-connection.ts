import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import {
  collabCloseCode,
  collabMessageType,
  encodeAccess,
  encodePresence,
  encodeSaved,
  type CollabAccess,
} from '@idgov/assessment-doc';
import * as decoding from 'lib0/decoding';
import { WebSocket, type RawData } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { CollabRoom } from './collab-room.js';
import { knownVector, messageBytes, syncStep2Message, updateMessage } from './collab-messages.js';
import type { ConnectionIdentity, ConnectionServices } from './connection-services.js';
import { ConnectionRateLimit } from './rate-limiter.js';
import type { RoomMember } from './room-member.js';
import { UpdatePipeline } from './update-pipeline.js';

// One websocket on one document, speaking y-websocket plus our ack-request. Messages are read in
// order; a read-only connection's updates and awareness are dropped here, a writer's updates go
// to its UpdatePipeline.
export class CollabConnection implements RoomMember {
  readonly id = randomUUID();
  role: 'writer' | 'viewer';
  wantsAcks = false;
  readonly awarenessIds = new Set<number>();
  lastSentAt = Date.now();
  lastPingAt = Date.now();
  alive = true;
  // Settles once the socket has closed and the server has been told.
  readonly closed: Promise<void>;
  closing = false;
  // Set by the server while this connection writes: the start of its edit session.
  editingSince: Date | null = null;
  readonly updates: UpdatePipeline;
  // In its room (loaded) and greeted.
  joined = false;
  // Sent the stored state ahead while the document loaded (CollabRoom.prime).
  private primed = false;
  private readonly limit: ConnectionRateLimit;

  constructor(
    private readonly ws: WebSocket,
    // The upgraded socket under `ws`, for frames built once per broadcast (sendFrame).
    private readonly socket: Duplex,
    readonly room: CollabRoom,
    readonly identity: ConnectionIdentity,
    private readonly services: ConnectionServices,
  ) {
    this.role = identity.access === 'write' ? 'writer' : 'viewer';
    this.limit = new ConnectionRateLimit(services.settings);
    this.updates = new UpdatePipeline(this, services, (update) => services.store(this, update));
    ws.on('message', (data, isBinary) => this.receive(data, isBinary));
    ws.on('pong', () => {
      this.alive = true;
    });
    // ws closes the socket itself after a protocol error (bad frame, 1009 over maxPayload).
    ws.on('error', () => undefined);
    this.closed = new Promise((resolve) => {
      ws.on('close', () => {
        this.closing = true;
        services.onClosed(this);
        resolve();
      });
    });
    // Nothing is read until the document is loaded: the client's first messages wait in the
    // socket's buffers (TCP backpressure), not in ours.
    ws.pause();
    room.awaitPrime((stored) => {
      this.primed = true;
      stored.forEach((update) => this.send(updateMessage(update)));
    });
    room.whenReady().then(
      () => this.start(),
      () => this.close(collabCloseCode.internalError, 'document unavailable'),
    );
  }

  get userId(): string {
    return this.identity.userId;
  }

  send(message: Uint8Array): void {
    if (this.writable()) {
      this.ws.send(message);
    }
  }

  // Written straight to the socket: with permessage-deflate off, ws writes its own frames to it
  // synchronously too (no queue), so frames from both paths keep their order, and bufferedAmount
  // counts both.
  sendFrame(frame: Buffer): void {
    if (this.writable()) {
      this.socket.write(frame);
    }
  }

  private writable(): boolean {
    if (this.ws.readyState !== WebSocket.OPEN) {
      return false;
    }
    // A client this far behind is dropped rather than buffered for; it resyncs on reconnect.
    if (this.ws.bufferedAmount > this.services.settings.maxBufferedBytes) {
      this.ws.terminate();
      return false;
    }
    this.lastSentAt = Date.now();
    return true;
  }

  close(code: number, reason: string): void {
    if (this.closing) {
      return;
    }
    this.closing = true;
    this.ws.resume(); // to read the peer's close frame
    this.ws.close(code, reason);
  }

  terminate(): void {
    this.closing = true;
    this.ws.terminate();
  }

  ping(): void {
    this.alive = false;
    this.lastPingAt = Date.now();
    this.ws.ping();
  }

  // Still in the assessment, but the policy now allows more or less than this connection was
  // opened with: it closes, and the client reconnects with a fresh ticket for its new access. A
  // writer stops at once (later updates are dropped, its cursors go, its edit session ends); the
  // close waits for what it had already accepted, so that the client gets those acks first.
  changeAccess(access: CollabAccess): void {
    if (this.closing || access === (this.role === 'writer' ? 'write' : 'read')) {
      return;
    }
    if (this.role === 'writer') {
      this.role = 'viewer';
      if (this.joined) {
        this.room.downgraded(this);
        this.services.onEditSessionEnd(this);
      }
    }
    const close = () => this.close(collabCloseCode.accessChanged, 'access changed');
    void this.updates.durable.then(close, close);
  }

  private start(): void {
    if (this.closing) {
      return;
    }
    this.joined = true;
    this.services.onJoin(this);
    this.room.greet(this);
    this.ws.resume();
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closing) {
      return;
    }
    if (!isBinary) {
      this.close(collabCloseCode.unsupportedData, 'binary messages only');
      return;
    }
    const bytes = messageBytes(data);
    if (!this.limit.allow(bytes.length)) {
      this.close(collabCloseCode.policyViolation, 'rate limit exceeded');
      return;
    }
    this.handle(bytes);
  }

  private handle(bytes: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(bytes);
      switch (decoding.readVarUint(decoder)) {
        case collabMessageType.sync:
          return this.onSync(decoder);
        case collabMessageType.awareness:
          return this.onAwareness(decoding.readVarUint8Array(decoder));
        case collabMessageType.queryAwareness:
          return this.send(this.room.awareness.snapshot());
        case collabMessageType.ackRequest:
          this.wantsAcks = true;
          this.send(encodeSaved(this.updates.saved));
          this.send(encodeAccess(this.role === 'writer' ? 'write' : 'read'));
          return this.send(encodePresence(this.room.awareness.presence()));
        default:
          return; // auth (unused) and types this server does not know: nothing to do
      }
    } catch {
      this.close(collabCloseCode.invalidPayload, 'malformed message');
    }
  }

  private onSync(decoder: decoding.Decoder): void {
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      const known = this.primed ? knownVector(stateVector, this.room.primedVector) : stateVector;
      this.send(syncStep2Message(Y.encodeStateAsUpdate(this.room.doc, known)));
      return;
    }
    if (kind !== syncProtocol.messageYjsSyncStep2 && kind !== syncProtocol.messageYjsUpdate) {
      throw new Error('unknown sync message');
    }
    const update = decoding.readVarUint8Array(decoder);
    if (this.role !== 'writer') {
      return; // read-only: dropped, neither stored nor relayed
    }
    this.updates.push(update);
  }

  private onAwareness(update: Uint8Array): void {
    if (this.role !== 'writer') {
      return; // viewers are counted, not shown
    }
    const { maxAwarenessBytes, maxAwarenessClients } = this.services.settings;
    if (update.length > maxAwarenessBytes) {
      this.close(collabCloseCode.messageTooBig, 'awareness too large');
      return;
    }
    this.room.awareness.apply(update, this);
    if (this.awarenessIds.size > maxAwarenessClients) {
      this.close(collabCloseCode.policyViolation, 'too many awareness clients');
    }
  }
}

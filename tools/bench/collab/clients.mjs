// Load-generator clients. A LightViewer is a raw socket that does the handshake and scans update
// frames for markers without a Y.Doc, so one core can host thousands of viewers; a DocClient is a
// full Y.Doc peer (writers, and a few observers so that real decoding is part of the picture).
// Both speak through the target's protocol object (protocol.mjs).
import WebSocket from 'ws';
import * as Y from 'yjs';
import { STEP1, STEP2, UPDATE, emptyUpdate, scanMarkers } from './protocol.mjs';

// Frames received by all clients, for the server's CPU per delivered frame.
export const traffic = { frames: 0 };

let nextId = 0;

class BaseClient {
  constructor(target) {
    this.id = nextId += 1;
    this.target = target; // { url, protocol, doc, token }
    this.p = target.protocol;
    this.synced = false;
    this.closed = false;
  }

  // Resolves once the server's SyncStep2 has arrived (the client is synced).
  connect(timeoutMs = 30_000) {
    return new Promise((resolve, reject) => {
      const fail = (why) => {
        clearTimeout(timer);
        this.ws?.terminate();
        reject(new Error(`${this.target.doc}: ${why}`));
      };
      const timer = setTimeout(() => fail('not synced in time'), timeoutMs);
      this.onSynced = () => {
        clearTimeout(timer);
        resolve(this);
      };
      this.onDenied = () => fail('permission denied');
      const ws = new WebSocket(this.target.url, { perMessageDeflate: false });
      this.ws = ws;
      ws.binaryType = 'nodebuffer';
      ws.on('open', () => {
        for (const f of this.p.hello(this.target.doc, this.target.token)) {
          ws.send(f);
        }
        if (this.p.keepalive) {
          // Spread the keep-alives so thousands of them do not land in the same tick.
          const every = this.p.keepalive.everyMs * (0.8 + Math.random() * 0.2);
          this.keepalive = setInterval(
            () => this.send(this.p.keepalive.frame(this.target.doc)),
            every,
          );
          this.keepalive.unref();
        }
      });
      ws.on('message', (data) => {
        traffic.frames += 1;
        try {
          this.receive(data);
        } catch (err) {
          // A frame we cannot read (or, for a DocClient, an update Yjs rejects) must not take the
          // whole generator down; it is counted and the client carries on.
          this.errors = (this.errors ?? 0) + 1;
          this.lastError = err;
        }
      });
      ws.on('error', (err) => (this.synced ? undefined : fail(err.message)));
      ws.on('close', (code) => {
        this.closed = true;
        this.closeCode = code;
        clearInterval(this.keepalive);
        if (!this.synced) {
          fail(`closed with ${code}`);
        }
        this.onClose?.(code);
      });
    });
  }

  send(frame) {
    if (this.ws.readyState === WebSocket.OPEN) {
      this.ws.send(frame);
    }
  }

  receive(data) {
    const m = this.p.parse(data);
    switch (m.kind) {
      case 'sync':
        if (m.sub === STEP1) {
          this.answerStep1(m.payload);
        } else {
          this.onSyncData(m.payload, m.sub);
          if (m.sub === STEP2 && !this.synced) {
            this.synced = true;
            this.onSynced();
          }
        }
        break;
      case 'ping':
        this.send(Uint8Array.of(10));
        break;
      case 'auth-denied':
        this.onDenied?.();
        break;
      case 'saved':
        this.onSaved?.(m.count);
        break;
      case 'sync-status':
        this.onSyncStatus?.(m.ok);
        break;
      default:
    }
  }

  close() {
    clearInterval(this.keepalive);
    this.ws?.terminate();
  }
}

// Knows nothing of the document: tells the server it has nothing, and finds markers in the bytes.
export class LightViewer extends BaseClient {
  constructor(target, recorder) {
    super(target);
    this.recorder = recorder;
  }

  answerStep1() {
    this.send(this.p.sync(this.target.doc, STEP2, emptyUpdate));
  }

  onSyncData(payload, sub) {
    // The first SyncStep2 is the document as it was on connect; later ones are resyncs and may
    // carry markers this viewer missed, so they count (late).
    if (sub === UPDATE || this.synced) {
      const t = performance.now();
      scanMarkers(payload, (seq) => this.recorder?.hit(this.id, seq, t));
    }
  }
}

export class DocClient extends BaseClient {
  constructor(target, { textName, recorder = null }) {
    super(target);
    this.recorder = recorder;
    this.doc = new Y.Doc();
    this.text = this.doc.getText(textName);
    // Local edits go out as one Update frame per transaction, as the stock providers do.
    this.doc.on('update', (update, origin) => {
      if (origin !== this) {
        this.send(this.p.sync(this.target.doc, UPDATE, update));
      }
    });
  }

  answerStep1(stateVector) {
    this.send(this.p.sync(this.target.doc, STEP2, Y.encodeStateAsUpdate(this.doc, stateVector)));
  }

  onSyncData(payload, sub) {
    Y.applyUpdate(this.doc, payload, this);
    if (this.recorder && (sub === UPDATE || this.synced)) {
      const t = performance.now(); // after applying: the edit is visible in this client's doc
      scanMarkers(payload, (seq) => this.recorder.hit(this.id, seq, t));
    }
  }

  append(str) {
    this.text.insert(this.text.length, str);
  }
}

// Connects clients a batch at a time: a storm of simultaneous handshakes is a different test.
export async function connectAll(clients, { concurrency = 50, timeoutMs = 60_000 } = {}) {
  for (let i = 0; i < clients.length; i += concurrency) {
    await Promise.all(clients.slice(i, i + concurrency).map((c) => c.connect(timeoutMs)));
  }
  return clients;
}

// Latency of each (client, marker) pair against the marker's scheduled send time.
export class Recorder {
  constructor(scheduledAt) {
    this.scheduledAt = scheduledAt;
    this.from = Infinity;
    this.to = Infinity;
  }

  begin(fromSeq) {
    this.from = fromSeq;
    this.to = Infinity;
    this.latencies = [];
    this.seen = new Map();
  }

  end(toSeq) {
    this.to = toSeq;
  }

  hit(clientId, seq, t) {
    if (seq < this.from || seq >= this.to) {
      return;
    }
    let seen = this.seen.get(clientId);
    if (!seen) {
      seen = new Set();
      this.seen.set(clientId, seen);
    }
    this.lastHitAt = t;
    if (!seen.has(seq)) {
      seen.add(seq);
      this.latencies.push(t - this.scheduledAt(seq));
    }
  }
}

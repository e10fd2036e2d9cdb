// Fuzz: at least 100,000 mutated messages from editor connections — random bytes, truncated and
// bit-flipped valid updates, huge varUints, unknown types, oversized frames — while a control
// writer and observer keep editing the same document. Each connection sends a batch and then a
// SyncStep1 "barrier": the server's SyncStep2 answer proves it has processed the whole batch
// (messages on one socket are handled in order). A server that closes the socket has processed
// what was sent before; the connection is replaced with a fresh token.
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { DocClient, LightViewer, Recorder } from '../clients.mjs';
import { prng } from '../corpus.mjs';
import { STEP1, STEP2, UPDATE, emptyStateVector, marker } from '../protocol.mjs';
import { sleep, summarize } from '../stats.mjs';

const BATCH = 50;

// Valid frames to mutate: text, map and XML edits from a few client ids, SyncStep1/2, awareness.
function validFrames(p, doc, textName) {
  const frames = [];
  const ydoc = new Y.Doc();
  ydoc.on('update', (u) => {
    frames.push(p.sync(doc, UPDATE, u));
    frames.push(p.sync(doc, STEP2, u));
  });
  const rand = prng(479);
  for (let i = 0; i < 300; i += 1) {
    ydoc.clientID = 5_000_000 + (i % 7);
    const text = ydoc.getText(textName);
    const r = rand();
    if (r < 0.5) {
      text.insert(
        Math.floor(rand() * (text.length + 1)),
        'fuzz ✓ '.repeat(1 + Math.floor(rand() * 4)),
      );
    } else if (r < 0.65 && text.length > 4) {
      text.delete(Math.floor(rand() * (text.length - 4)), 3);
    } else if (r < 0.8) {
      ydoc
        .getMap('status')
        .set('legal-authority-enacted-law.q1', rand() < 0.5 ? 'DRAFTING' : 'READY_FOR_REVIEW');
    } else {
      const p1 = new Y.XmlElement('paragraph');
      p1.insert(0, [new Y.XmlText('answer text')]);
      ydoc.getXmlFragment('answer:legal-authority-enacted-law.q1').insert(0, [p1]);
    }
    if (i % 30 === 0) {
      frames.push(p.sync(doc, STEP1, Y.encodeStateVector(ydoc)));
      const aw = new Awareness(ydoc);
      aw.setLocalState({ user: { name: `fuzz ${i}` }, cursor: { anchor: i } });
      frames.push(p.awareness(doc, encodeAwarenessUpdate(aw, [ydoc.clientID])));
      aw.destroy();
    }
  }
  return frames;
}

function mutator(p, doc, frames, seed) {
  const rand = prng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const bytes = (n) => Uint8Array.from({ length: n }, () => Math.floor(rand() * 256));
  const varUintFrame = (...parts) => {
    const e = encoding.createEncoder();
    for (const part of parts) {
      if (typeof part === 'number') {
        encoding.writeVarUint(e, part);
      } else {
        encoding.writeUint8Array(e, part);
      }
    }
    return encoding.toUint8Array(e);
  };
  const huge = () => pick([2 ** 32 - 1, 2 ** 31, Number.MAX_SAFE_INTEGER, 2 ** 40 + 7]);
  let n = 0;
  return () => {
    n += 1;
    if (n % 20_000 === 0) {
      return { kind: 'oversized', frame: bytes(3 * 1024 * 1024) };
    }
    const r = rand();
    const base = pick(frames);
    if (r < 0.2) {
      return { kind: 'random', frame: bytes(1 + Math.floor(rand() * 64)) };
    }
    if (r < 0.35) {
      return { kind: 'truncated', frame: base.slice(0, Math.floor(rand() * base.length)) };
    }
    if (r < 0.6) {
      const f = base.slice();
      for (let k = 1 + Math.floor(rand() * 8); k > 0; k -= 1) {
        f[Math.floor(rand() * f.length)] ^= 1 << Math.floor(rand() * 8);
      }
      return { kind: 'bitflip', frame: f };
    }
    if (r < 0.7) {
      const f = Array.from(base);
      const at = Math.floor(rand() * f.length);
      f.splice(at, Math.floor(rand() * 4), ...bytes(Math.floor(rand() * 8)));
      return { kind: 'splice', frame: Uint8Array.from(f) };
    }
    if (r < 0.85) {
      // Huge varUints where lengths and counts are read: payload length, number of clients or
      // structs inside the update, the message type itself.
      const inner = pick([
        varUintFrame(huge()),
        varUintFrame(1, huge(), 0, 0),
        varUintFrame(1, 1, huge(), 0, 0),
        varUintFrame(1, 3, 5_000_000, huge(), 4, huge()),
      ]);
      return {
        kind: 'huge-varuint',
        frame: pick([
          p.sync(doc, UPDATE, inner),
          p.sync(doc, STEP2, inner),
          varUintFrame(0, 2, huge(), bytes(8)),
          varUintFrame(huge(), bytes(4)),
        ]),
      };
    }
    if (r < 0.92) {
      return {
        kind: 'unknown-type',
        frame: varUintFrame(
          pick([3, 4, 5, 7, 8, 99, 100, 101, 102, 127, 128]),
          bytes(Math.floor(rand() * 16)),
        ),
      };
    }
    return { kind: 'valid', frame: base };
  };
}

// Tickets for replacement sockets, minted ahead in the background (ours: single use, 60 s).
function targetPool(server, doc, low) {
  const pool = [];
  let refilling = null;
  const refill = () => {
    refilling ??= server
      .targets(doc, Math.max(100, low), 'editor')
      .then((ts) => pool.push(...ts.map((t) => ({ t, at: performance.now() }))))
      .finally(() => {
        refilling = null;
      });
    return refilling;
  };
  return async () => {
    for (;;) {
      while (pool.length > 0 && performance.now() - pool[0].at > 45_000) {
        pool.shift(); // about to expire
      }
      if (pool.length < low) {
        void refill();
      }
      if (pool.length > 0) {
        return pool.shift().t;
      }
      await refill();
    }
  };
}

class FuzzClient extends LightViewer {
  onSyncData(_payload, sub) {
    if (this.synced && sub === STEP2) {
      this.barrierDone?.();
    }
  }

  // Resolves true once the server answered the SyncStep1 sent after the batch, false if it closed.
  barrier(timeoutMs) {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), timeoutMs);
      const done = (v) => {
        clearTimeout(timer);
        this.barrierDone = null;
        this.onClose = null;
        resolve(v);
      };
      this.barrierDone = () => done('ok');
      this.onClose = () => done('closed');
      this.send(this.p.sync(this.target.doc, STEP1, emptyStateVector));
    });
  }
}

export async function fuzz(start, o) {
  const server = await start();
  const doc = server.docName('fuzz');
  const [writerTarget, observerTarget] = [
    ...(await server.targets(doc, 1, 'editor')),
    ...(await server.targets(doc, 1, 'viewer')),
  ];
  const period = 200;
  const t0 = performance.now() + 100;
  const recorder = new Recorder((s) => t0 + s * period);
  recorder.begin(0);
  const writer = await new DocClient(writerTarget, { textName: o.textName }).connect();
  const observer = await new DocClient(observerTarget, {
    textName: o.textName,
    recorder,
  }).connect();
  let seq = 0;
  const control = setInterval(() => {
    while (t0 + seq * period <= performance.now()) {
      writer.append(marker(seq));
      seq += 1;
    }
  }, period / 4);

  const frames = validFrames(server.protocol, doc, o.textName);
  const nextTarget = targetPool(server, doc, o.fuzzConnections * 4);
  const kinds = {};
  const codes = {};
  let remaining = o.fuzzMessages; // messages not yet known to be processed (or reserved)
  let processed = 0;
  let discarded = 0;
  let closedByServer = 0;
  let refused = 0;
  let unanswered = 0;
  let opened = 0;
  let serverStalled = false;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: o.fuzzConnections }, async (_, w) => {
      const next = mutator(server.protocol, doc, frames, 1000 + w);
      // Batches grow while the server keeps the socket open and shrink when it closes it, so a
      // server that closes on the first bad message is still measured message by message.
      let batch = 1;
      while (remaining > 0 && !serverStalled && server.alive()) {
        const c = new FuzzClient(await nextTarget(), null);
        try {
          await c.connect(15_000);
          opened += 1;
        } catch {
          refused += 1;
          await sleep(100);
          continue;
        }
        while (remaining > 0 && !c.closed) {
          const n = Math.min(batch, remaining);
          remaining -= n;
          for (let i = 0; i < n; i += 1) {
            const m = next();
            kinds[m.kind] = (kinds[m.kind] ?? 0) + 1;
            c.send(m.frame);
          }
          const outcome = await c.barrier(3000);
          if (outcome === 'ok') {
            processed += n;
            batch = Math.min(batch * 2, BATCH);
            continue;
          }
          if (outcome === 'timeout') {
            // This socket no longer answers (a peer may wedge one connection on bad input).
            // Only if the control pair stops too is the server itself considered stalled.
            unanswered += n;
            remaining += n;
            batch = 1;
            serverStalled = performance.now() - (recorder.lastHitAt ?? started) > 15_000;
            break;
          }
          // Closed mid-batch: the server acted on at least one message; the rest it discarded
          // unread, so they go back to the pool.
          processed += 1;
          discarded += n - 1;
          remaining += n - 1;
          batch = Math.max(1, Math.floor(batch / 2));
          break;
        }
        if (c.closed) {
          closedByServer += 1;
          codes[c.closeCode] = (codes[c.closeCode] ?? 0) + 1;
        }
        c.close();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;

  // The control pair must still work after the storm: one more marker, end to end.
  await sleep(1000);
  clearInterval(control);
  const sent = seq;
  recorder.end(sent);
  await sleep(1000);
  const stayedUp = server.alive();
  const lat = recorder.latencies;
  writer.close();
  observer.close();
  const result = {
    messages: processed,
    socketsOpened: opened,
    discardedAfterClose: discarded,
    seconds,
    perSecond: processed / seconds,
    kinds,
    stayedUp,
    exit: stayedUp ? null : `${JSON.stringify(await server.exited)} ${server.stderrTail()}`,
    unanswered,
    serverStalled,
    refusedConnects: refused,
    closedByServer,
    closeCodes:
      Object.entries(codes)
        .map(([k, v]) => `${k}×${v}`)
        .join(' ') || 'none',
    control: {
      sent,
      ok: lat.length,
      p99: summarize(lat.concat(new Array(sent - lat.length).fill(Infinity))).p99,
      writerClosed: writer.closed,
      observerClosed: observer.closed,
    },
  };
  o.log(
    `  ${processed} messages in ${seconds.toFixed(1)} s (${Math.round(result.perSecond)}/s, ${opened} sockets), server ${stayedUp ? 'up' : 'DOWN'}, ` +
      `control ${lat.length}/${sent} delivered (p99 ${result.control.p99.toFixed(0)} ms), ${closedByServer} sockets closed by server (${result.closeCodes})` +
      `${unanswered ? `, ${unanswered} messages on sockets that stopped answering` : ''}${serverStalled ? ', SERVER STALLED' : ''}`,
  );
  return result;
}

// Durable updates per second: writers send small edits on a fixed schedule (open loop) and we time
// each edit's acknowledgement against its scheduled send time. Ours acknowledges with "saved"
// after the database commit (a cumulative count per connection). The reference server has no ack
// at all; Hocuspocus's SyncStatus is sent after the in-memory apply, so it is printed but labelled
// as not durable.
import * as Y from 'yjs';
import { LightViewer, connectAll } from '../clients.mjs';
import { UPDATE } from '../protocol.mjs';
import { generatorHealth, sleep, summarize, waitFor } from '../stats.mjs';

// Writes pre-encoded edits (one character appended to its own run of text) and ignores what
// others write: the generator must be able to offer thousands of edits per second from one core,
// so neither encoding nor applying the other writers' edits may happen while measuring.
class AckWriter extends LightViewer {
  constructor(target, o, edits) {
    super(target, null);
    const doc = new Y.Doc();
    const text = doc.getText(o.textName);
    this.frames = [];
    doc.on('update', (u) => this.frames.push(this.p.sync(target.doc, UPDATE, u)));
    for (let i = 0; i < edits; i += 1) {
      text.insert(text.length, 'x');
    }
    this.next = 0;
    this.count = 0; // acks seen, in the server's counting
    this.onSaved = (n) => this.ack(n);
    this.onSyncStatus = () => this.ack(this.count + 1);
    this.reset();
  }

  onSyncData() {}

  write() {
    this.send(this.frames[this.next]);
    this.next += 1;
  }

  reset() {
    this.base = this.count;
    this.scheduled = [];
    this.latencies = [];
    this.lastAckAt = 0;
  }

  ack(n) {
    const t = performance.now();
    this.count = Math.max(this.count, n);
    while (this.latencies.length < Math.min(this.count - this.base, this.scheduled.length)) {
      this.latencies.push(t - this.scheduled[this.latencies.length]);
      this.lastAckAt = t;
    }
  }
}

export async function durable(start, o) {
  const server = await start();
  const kind = server.ackKind; // 'durable' | 'in-memory' | undefined
  if (!kind) {
    return { ack: null, note: 'n/a (no durable ack)' };
  }
  const doc = server.docName('durable');
  // At most 100 edits/s per writer: ours limits each connection to 200 messages/s, and the test
  // is about storing, not about tripping the rate limit.
  const writerCount = Math.max(o.durableWriters, Math.ceil(Math.max(...o.durableRates) / 100));
  // Enough edits for every step, plus slack for a late final tick.
  // A first, unreported step at the lowest rate warms both sides up (JIT, buffers).
  const plan = [
    { rate: o.durableRates[0], warmup: true },
    ...o.durableRates.map((rate) => ({ rate })),
  ];
  const edits = Math.ceil(
    (plan.reduce((x, p) => x + p.rate, 0) * (o.durableMs / 1000 + 1)) / writerCount,
  );
  const writers = (await server.targets(doc, writerCount, 'editor')).map(
    (t) => new AckWriter(t, o, edits),
  );
  await connectAll(writers);
  for (const w of writers) {
    if (w.p.ackRequest) {
      w.send(w.p.ackRequest());
    }
  }
  await sleep(500); // acks for the handshake itself (Hocuspocus acks our SyncStep2) arrive first
  const rates = [];
  const health = generatorHealth();
  try {
    for (const { rate, warmup } of plan) {
      writers.forEach((w) => w.reset());
      const period = (1000 * writers.length) / rate;
      const t0 = performance.now() + 20;
      const end = t0 + o.durableMs;
      health.start();
      // One loop drives all writers; each sends every edit whose time has come (catching up
      // after a late tick instead of skipping, so lateness is charged to the latency).
      await new Promise((resolve) => {
        (function tick() {
          const now = performance.now();
          writers.forEach((w, i) => {
            for (
              let at = t0 + (i * period) / writers.length + w.scheduled.length * period;
              at <= now && at < end;
              at += period
            ) {
              w.scheduled.push(at);
              w.write();
            }
          });
          if (now < end) {
            setTimeout(tick, 1);
          } else {
            resolve();
          }
        })();
      });
      const gen = health.stop();
      const sent = writers.reduce((s, w) => s + w.scheduled.length, 0);
      const acked = () => writers.reduce((s, w) => s + w.latencies.length, 0);
      await waitFor(() => acked() >= sent, 5000);
      const lat = writers.flatMap((w) => w.latencies);
      const s = summarize(lat.concat(new Array(sent - lat.length).fill(Infinity)));
      const lastAck = Math.max(...writers.map((w) => w.lastAckAt));
      const step = {
        rate,
        sent,
        acked: lat.length,
        achieved: lat.length / ((lastAck - t0) / 1000),
        p50: s.p50,
        p99: s.p99,
        flags: gen.flags,
      };
      if (warmup) {
        continue;
      }
      rates.push(step);
      o.log(
        `  ${rate}/s offered: ${Math.round(step.achieved)}/s acked, ack p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms` +
          `${sent > lat.length ? `, ${sent - lat.length} unacked` : ''}${gen.flags.length ? ` [${gen.flags.join('; ')}]` : ''}`,
      );
    }
  } finally {
    writers.forEach((w) => w.close());
  }
  return { ack: kind, writers: writerCount, rates };
}

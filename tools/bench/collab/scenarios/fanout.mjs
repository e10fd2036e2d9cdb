// S1 "workshop": one writer appends a numbered marker at a fixed rate, N clients watch. Latency is
// arrival minus the marker's *scheduled* send time, so a late writer tick or a stalled server
// shows up in the figures instead of silently thinning the sample (coordinated omission).
import { DocClient, LightViewer, Recorder, connectAll, traffic } from '../clients.mjs';
import { marker } from '../protocol.mjs';
import { generatorHealth, sleep, summarize, waitFor } from '../stats.mjs';

export async function fanout(start, o) {
  const server = await start();
  const doc = server.docName('fanout');
  const period = 1000 / o.rate;
  let t0 = Infinity;
  let seq = 0;
  const scheduledAt = (s) => t0 + s * period;
  const recorder = new Recorder(scheduledAt);

  const [writerTarget] = await server.targets(doc, 1, 'editor');
  const writer = await new DocClient(writerTarget, { textName: o.textName }).connect();
  let running = true;
  t0 = performance.now() + 50;
  (function tick() {
    if (!running) {
      return;
    }
    // Catch up on every marker whose time has come, each in its own transaction (own frame).
    while (scheduledAt(seq) <= performance.now()) {
      writer.append(marker(seq));
      seq += 1;
    }
    setTimeout(tick, Math.max(0, scheduledAt(seq) - performance.now()));
  })();

  const clients = [];
  const steps = [];
  const health = generatorHealth();
  try {
    for (const n of o.steps) {
      const more = n - clients.length;
      const observers = Math.max(0, Math.min(o.observers, n) - clients.filter((c) => c.doc).length);
      const targets = await server.targets(doc, more, 'viewer');
      const added = targets.map((t, i) =>
        i < observers
          ? new DocClient(t, { textName: o.textName, recorder })
          : new LightViewer(t, recorder),
      );
      await connectAll(added);
      clients.push(...added);
      await sleep(o.warmupMs);

      let step;
      for (let attempt = 0; attempt <= o.retries; attempt += 1) {
        step = await measure(server, clients, recorder, health, () => seq, o);
        if (step.flags.length === 0) {
          break;
        }
      }
      steps.push({ n, ...step });
      o.log(
        `  N=${n}: p50 ${step.p50.toFixed(1)} ms, p99 ${step.p99.toFixed(1)} ms, reach ${(step.reach * 100).toFixed(1)}%` +
          `, ${step.cpuUsPerFrame.toFixed(1)} µs/frame${step.flags.length ? ` [${step.flags.join('; ')}]` : ''}`,
      );
      if (step.p99 > o.giveUpAboveMs || step.reach < 0.9 || step.disconnects > 0) {
        o.log(`  stopping: saturated at N=${n}`);
        break;
      }
    }
  } finally {
    running = false;
    writer.close();
    clients.forEach((c) => c.close());
  }
  const within = steps.filter((s) => s.p99 <= o.targetMs && s.reach === 1 && s.disconnects === 0);
  const best = within.at(-1);
  return {
    steps,
    maxN: best?.n ?? null,
    maxNFlagged: best ? best.flags.length > 0 : false,
  };
}

async function measure(server, clients, recorder, health, currentSeq, o) {
  const from = currentSeq();
  recorder.begin(from);
  health.start();
  const frames0 = traffic.frames;
  const cpu0 = server.cpuMs();
  await sleep(o.durationMs);
  const cpu1 = server.cpuMs();
  const frames = traffic.frames - frames0;
  const gen = health.stop();
  const to = currentSeq();
  recorder.end(to);
  const expected = clients.length * (to - from);
  // Give the last markers time to arrive; anything later than this counts as lost.
  await waitFor(() => recorder.latencies.length >= expected, o.graceMs);
  const missing = expected - recorder.latencies.length;
  const s = summarize(recorder.latencies.concat(new Array(missing).fill(Infinity)));
  return {
    clients: clients.length,
    markers: to - from,
    p50: s.p50,
    p99: s.p99,
    max: s.max,
    reach: recorder.latencies.length / expected,
    disconnects: clients.filter((c) => c.closed).length,
    frames,
    cpuUsPerFrame: ((cpu1 - cpu0) * 1000) / frames,
    serverCpuShare: (cpu1 - cpu0) / o.durationMs,
    generatorLoopP99: gen.loopP99,
    generatorCpu: gen.cpuShare,
    flags: gen.flags,
  };
}

// Preloaded (node --import) into every server under test, ours included, so that all three
// report memory the same way: on request over the IPC channel, after a full GC when the process
// runs with --expose-gc. The channel is unref'd so it never keeps a server alive, and a server
// exits when its parent goes away.
import { monitorEventLoopDelay } from 'node:perf_hooks';

if (process.send) {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  process.on('message', (msg) => {
    if (msg?.probe !== 'stats') {
      return;
    }
    if (msg.gc && typeof globalThis.gc === 'function') {
      globalThis.gc();
      globalThis.gc();
    }
    const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
    process.send({
      probe: 'stats',
      id: msg.id,
      cpu: process.cpuUsage(),
      mem: { rss, heapUsed, external, arrayBuffers },
      loopP99: loop.percentile(99) / 1e6,
      gc: typeof globalThis.gc === 'function',
    });
    if (msg.resetLoop) {
      loop.reset();
    }
  });
  process.channel?.unref();
  // If the load generator dies, do not leave an orphaned server holding a core.
  process.on('disconnect', () => process.exit(0));
}

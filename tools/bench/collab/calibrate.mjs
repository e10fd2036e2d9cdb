// Round-trip time to an echo server pinned like the servers under test, at the writer's pace.
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { freePort } from '../lib.mjs';
import { spawnServer } from './servers/spawn.mjs';
import { sleep, summarize } from './stats.mjs';

export async function loopbackRoundTrip(samples = 50) {
  const port = await freePort();
  const srv = spawnServer(fileURLToPath(new URL('./servers/echo-server.mjs', import.meta.url)), {
    env: { PORT: String(port) },
  });
  try {
    await srv.waitEvent('ready', 10_000);
    const ws = new WebSocket(`ws://127.0.0.1:${port}`, { perMessageDeflate: false });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const times = [];
    for (let i = 0; i < samples; i += 1) {
      const t0 = performance.now();
      await new Promise((resolve) => {
        ws.once('message', resolve);
        ws.send(Uint8Array.of(i));
      });
      times.push(performance.now() - t0);
      await sleep(20); // idle in between, as between markers: both sides fall asleep
    }
    ws.terminate();
    return summarize(times);
  } finally {
    await srv.stop();
  }
}

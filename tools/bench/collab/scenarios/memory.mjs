// Memory per 1,000 idle clients: the server's RSS and heap (after a full GC in the server
// process) with one writer on the document, then again with 1,000 more idle viewers on it. The
// document is loaded in both readings, so the difference is what the connections cost. Measured
// on an empty document (as issue 4's peer figures were) and on a ~50 KB one, where the RSS also
// keeps what the allocator retained from sending 1,000 initial syncs.
import { DocClient, LightViewer, connectAll } from '../clients.mjs';
import { mb, sleep, waitFor } from '../stats.mjs';

async function measure(server, o, docKb) {
  const doc = server.docName(`memory-${docKb}`);
  const [writerTarget] = await server.targets(doc, 1, 'editor');
  const writer = await new DocClient(writerTarget, { textName: o.textName }).connect();
  const chunk = 'lorem ipsum dolor sit amet, consectetur adipiscing elit. '
    .repeat(20)
    .slice(0, 1000);
  for (let i = 0; i < docKb; i += 1) {
    writer.append(chunk);
  }
  // A late joiner sees the whole document: the server has applied every write.
  const [checkTarget] = await server.targets(doc, 1, 'viewer');
  const check = await new DocClient(checkTarget, { textName: o.textName }).connect();
  if (!(await waitFor(() => check.text.length >= docKb * 1000, 30_000))) {
    throw new Error(`document did not reach ${docKb} KB`);
  }
  check.close();
  await sleep(1000);

  // Tickets (ours mints one per socket over GraphQL) are taken before the baseline: the figure is
  // what the connections themselves hold.
  const viewers = (await server.targets(doc, o.memoryClients, 'viewer')).map(
    (t) => new LightViewer(t, null),
  );
  await sleep(1000);
  const base = await server.stats({ gc: true });
  await connectAll(viewers);
  await sleep(2000); // let the server finish whatever each connection triggered
  const after = await server.stats({ gc: true });
  const closed = viewers.filter((v) => v.closed).length;
  viewers.forEach((v) => v.close());
  writer.close();
  if (!base || !after) {
    throw new Error('server did not report memory (probe not answering)');
  }
  const per = (k) => ((after.mem[k] - base.mem[k]) * 1000) / o.memoryClients;
  const r = {
    docKb,
    closedDuringTest: closed,
    rssPer1000: per('rss'),
    heapPer1000: per('heapUsed'),
    externalPer1000: per('external'),
    baseRss: base.mem.rss,
  };
  o.log(
    `  ${docKb} KB doc: RSS ${mb(r.rssPer1000)}, heap ${mb(r.heapPer1000)} per 1,000 clients (base RSS ${mb(r.baseRss)})`,
  );
  return r;
}

export async function memory(start, o) {
  const out = { clients: o.memoryClients, byDocKb: {} };
  for (const kb of o.memoryDocKb) {
    const server = await start(); // a fresh process per size: no retained memory carried over
    out.byDocKb[kb] = await measure(server, o, kb);
    await server.stop();
  }
  return out;
}

// The validation worker's code, run with `new Worker(source, { eval: true })`. A string because the
// same file has to work from the TypeScript sources under vitest and from dist: Node 20 cannot run
// a .ts worker file, and tsc does not copy a hand-written .js one into dist. It loads yjs's CommonJS
// build from the path the main thread resolved, and checks an update the way the server will use
// it: applied to a scratch document (decodes structs and delete set, integrates what it can) and
// decoded whole (the meta guard reads every struct). Anything thrown means "refuse"; a loop
// (yjs issue 479) is cut off by the main thread terminating this worker. The scratch document gets a
// fixed guid: without one, Yjs draws a UUID one random call per hex digit, which measured here
// cost 150 µs per document, more than the whole check.
export const validatorWorkerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Y = require(workerData.yjsPath);
const check = (update) => {
  try {
    const doc = new Y.Doc({ guid: 'validation', gc: false });
    Y.applyUpdate(doc, update);
    Y.decodeUpdate(update);
    doc.destroy();
    return true;
  } catch {
    return false;
  }
};
parentPort.on('message', (batch) => {
  parentPort.postMessage({ id: batch.id, oks: batch.updates.map(check) });
});
`;

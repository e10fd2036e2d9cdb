// The two peers, each started fresh for every test so no test inherits another's documents.
import { fileURLToPath } from 'node:url';
import { freePort } from '../../lib.mjs';
import { hocuspocus, yWebsocket } from '../protocol.mjs';
import { spawnServer } from './spawn.mjs';

const script = (name) => fileURLToPath(new URL(name, import.meta.url));

function peer({ name, label, file, protocol, url, ackKind }) {
  return {
    name,
    label,
    protocol,
    async start({ coldSource, coldKind, verbose, env } = {}) {
      const port = await freePort();
      const srv = spawnServer(script(file), {
        env: {
          PORT: String(port),
          ...(coldSource ? { COLD_SOURCE: coldSource, COLD_KIND: coldKind } : {}),
          ...env,
        },
        verbose,
      });
      await srv.waitEvent('ready', 30_000);
      return {
        ...srv,
        ackKind,
        protocol,
        // Peers have no notion of assessments: any name is a document, and no token is checked.
        docName: (key) => `bench-${key}`,
        async targets(doc, n) {
          return Array.from({ length: n }, () => ({
            url: url(port, doc),
            protocol,
            doc,
            token: 'bench',
          }));
        },
      };
    },
  };
}

export const reference = peer({
  name: 'reference',
  label: '@y/websocket-server 0.1.1',
  file: 'reference-server.mjs',
  protocol: yWebsocket,
  url: (port, doc) => `ws://127.0.0.1:${port}/${doc}`,
});

export const hocuspocusPeer = peer({
  name: 'hocuspocus',
  label: '@hocuspocus/server 4.7.0',
  file: 'hocuspocus-server.mjs',
  protocol: hocuspocus,
  ackKind: 'in-memory', // SyncStatus: applied in memory, not persisted
  url: (port) => `ws://127.0.0.1:${port}/`,
});

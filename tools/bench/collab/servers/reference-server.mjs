// The reference server: @y/websocket-server 0.1.1 as its own bin/server.js sets it up, plus the
// `setPersistence` hook only in the cold-load test (COLD_SOURCE).
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { setPersistence, setupWSConnection } from '@y/websocket-server/utils';
import { loadInto, openColdSource } from './cold-source.mjs';

const fetchUpdates = await openColdSource(process.env.COLD_SOURCE, process.env.COLD_KIND);
if (fetchUpdates) {
  // bindState is not awaited by the server (it sends SyncStep1 before the load finishes), which
  // is how 0.1.1 behaves; the client waits for the complete state, not the first SyncStep2.
  setPersistence({
    bindState: (_name, ydoc) => loadInto(ydoc, fetchUpdates),
    writeState: async () => {},
  });
}

const wss = new WebSocketServer({ noServer: true });
const server = http.createServer((_req, res) => res.end('okay'));
server.on('upgrade', (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req));
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.({ event: 'ready' }));

import type { CollabConnection } from './collab-connection.js';
import { keepAliveMessage } from './collab-messages.js';

const pingIntervalMs = 30_000;

// Run every few seconds: a connection quiet for `keepAliveMs` gets an empty awareness update (the
// stock client reconnects after 30 s without a message, and viewers' own heartbeats are not
// rebroadcast to them); every 30 s a ping, and a peer that did not answer the last one is gone.
export function keepAlive(connections: Iterable<CollabConnection>, keepAliveMs: number): void {
  const now = Date.now();
  for (const connection of connections) {
    if (!connection.alive) {
      connection.terminate();
      continue;
    }
    if (now - connection.lastSentAt >= keepAliveMs) {
      connection.send(keepAliveMessage);
    }
    if (now - connection.lastPingAt >= pingIntervalMs) {
      connection.ping();
    }
  }
}

// A WebSocket echo on the servers' core: the round trip through it is the floor under every
// latency figure (two cross-core wake-ups and the loopback), worth knowing on a shared VM.
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ port: Number(process.env.PORT), host: '127.0.0.1' });
wss.on('connection', (ws) => ws.on('message', (m) => ws.send(m)));
wss.on('listening', () => process.send?.({ event: 'ready' }));

// Hocuspocus 4.7.0 with its default configuration (quiet only silences the banner); the
// onLoadDocument hook is added only in the cold-load test (COLD_SOURCE).
import { Server } from '@hocuspocus/server';
import { loadInto, openColdSource } from './cold-source.mjs';

const fetchUpdates = await openColdSource(process.env.COLD_SOURCE, process.env.COLD_KIND);
const server = new Server({
  port: Number(process.env.PORT),
  address: '127.0.0.1',
  quiet: true,
  ...(process.env.HOCUSPOCUS_FLUSH_DELAY === 'false' ? { flushDelay: false } : {}),
  ...(fetchUpdates ? { onLoadDocument: ({ document }) => loadInto(document, fetchUpdates) } : {}),
});
await server.listen();
process.send?.({ event: 'ready' });

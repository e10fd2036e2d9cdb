import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const api = 'http://localhost:3000';
// Websockets: the collaboration server (y-websocket protocol) at /collab/<documentName> and
// GraphQL subscriptions (graphql-ws) at /graphql.
const sockets = { target: api, ws: true };

export default defineConfig({
  plugins: [react()],
  // Workspace libraries are consumed from source (their package exports a `source` condition).
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: {
    port: 4200,
    proxy: { '/graphql': sockets, '/api': api, '/health': api, '/collab': sockets },
  },
  preview: {
    port: 4300,
    proxy: { '/graphql': sockets, '/api': api, '/health': api, '/collab': sockets },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The entry chunk (React, Mantine, Apollo, i18next) is about 510 kB, 160 kB gzipped; pages and
    // languages load on demand. Vendor groups were tried and made the first load larger, since
    // they pull in components that only lazy pages use.
    chunkSizeWarningLimit: 600,
  },
});

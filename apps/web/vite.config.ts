import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const api = 'http://localhost:3000';
// The collaboration server's websockets (y-websocket protocol) at /collab/<documentName>.
const collab = { target: api, ws: true };

export default defineConfig({
  plugins: [react()],
  // Workspace libraries are consumed from source (their package exports a `source` condition).
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: {
    port: 4200,
    proxy: { '/graphql': api, '/api': api, '/health': api, '/collab': collab },
  },
  preview: {
    port: 4300,
    proxy: { '/graphql': api, '/api': api, '/health': api, '/collab': collab },
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

import { defineConfig } from 'vitest/config';

// Browser tests against the built API (which serves the built web app): one server per file, one
// file at a time, since each start seeds a fresh embedded database.
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '../../tmp/test-results/web-e2e.json' }]],
    environment: 'node',
    include: ['src/**/*.spec.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // A browser waits for the API's answer before the page changes.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});

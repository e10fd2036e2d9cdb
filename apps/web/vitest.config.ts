import { defineConfig } from 'vitest/config';

// Unit tests only (no DOM): translations, error mapping and other pure helpers.
export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    reporters: ['default', ['json', { outputFile: '../../tmp/test-results/web.json' }]],
    environment: 'node',
    include: ['src/**/*.spec.ts'],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    reporters: ['default', ['json', { outputFile: '../../tmp/test-results/assessment-doc.json' }]],
    include: ['src/**/*.spec.ts'],
    environment: 'node',
  },
});

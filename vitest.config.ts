import { defineConfig } from 'vitest/config';

// One command runs every suite; each project is a kind of test with its own timeouts.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts', 'client/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 20_000,
          hookTimeout: 20_000,
        },
      },
      {
        test: {
          // What a hostile participant tries, one file per attack, plus a seeded fuzz run (issue 9).
          name: 'hostile',
          include: ['tests/hostile/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          // Several nodes behind HAProxy on PostgreSQL (issue 13): each file starts its own cluster, one at a time.
          name: 'cluster',
          include: ['tests/cluster/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

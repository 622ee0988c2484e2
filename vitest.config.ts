import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Servers and LMDB environments are real; two cores run two files at once at most.
    pool: 'forks',
    maxWorkers: 2,
    // One throwaway PostgreSQL cluster for the run (the PostgreSQL store's tests).
    globalSetup: ['test/helpers/postgres-global-setup.ts'],
  },
});

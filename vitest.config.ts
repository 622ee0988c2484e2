import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous, because tests wait for conditions, never for time: a limit is only reached by a
    // test that is stuck, and a loaded machine (another process keeping a core busy) must not
    // look stuck. Spawned servers and CLIs have the same guard (test/helpers/cli.ts).
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // expect.poll without its own timeout waits up to a minute for its condition (default 1 s).
    expect: { poll: { timeout: 60_000 } },
    // Servers and LMDB environments are real; two cores run two files at once at most.
    pool: 'forks',
    maxWorkers: 2,
    // One throwaway PostgreSQL cluster for the run (the PostgreSQL store's tests).
    globalSetup: ['test/helpers/postgres-global-setup.ts'],
  },
});

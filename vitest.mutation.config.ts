import { defineConfig } from 'vitest/config';

/** The suites that cover what `npm run mutation` mutates (stryker.config.mjs), on PGlite only. */
export default defineConfig({
  test: {
    include: ['src/trust/**/*.test.ts', 'src/pay/**/*.test.ts', 'src/orchestrator/**/*.test.ts', 'src/runtime/**/*.test.ts', 'test/orchestrator/**/*.test.ts'],
    exclude: ['src/pay/crash.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    env: { TZ: 'UTC', AGENTOS_TEST_PG: 'off' },
  },
});

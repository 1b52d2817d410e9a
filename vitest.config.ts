import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // both cores: vitest's default leaves one for itself, and many suites wait on child processes
    maxWorkers: 2,
    env: { TZ: 'UTC' },
  },
});

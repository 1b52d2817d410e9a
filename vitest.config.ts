import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // both cores: vitest's default leaves one for itself, and many suites wait on child processes
    maxWorkers: 2,
    // In-memory stores start from a dump of a freshly migrated one, made once per schema (seconds each otherwise).
    env: { TZ: 'UTC', AGENTOS_STORE_TEMPLATE_DIR: join(tmpdir(), 'agentos-store-templates') },
  },
});

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Tests of pure parts (the planner, understanding, packages, review's rules, the catalog, core)
 * share their worker's modules: importing the planner once per file cost about a second each,
 * most of these files' time. Everything that starts hubs, processes or sandboxes, or mocks a
 * module, runs isolated.
 */
const SHARED = [
  'src/orchestrator/local/**/*.test.ts', 'src/orchestrator/understand/**/*.test.ts', 'src/orchestrator/llm/**/*.test.ts',
  'src/core/**/*.test.ts', 'src/catalog/**/*.test.ts', 'src/package/**/*.test.ts', 'src/analyzer/**/*.test.ts',
  'src/review/**/*.test.ts', 'src/eval/**/*.test.ts', 'src/accounts/**/*.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // both cores: vitest's default leaves one for itself, and many suites wait on child processes
    maxWorkers: 2,
    // In-memory stores start from a dump of a freshly migrated one, made once per schema (seconds each otherwise).
    env: { TZ: 'UTC', AGENTOS_STORE_TEMPLATE_DIR: join(tmpdir(), 'agentos-store-templates') },
    projects: [
      { extends: true, test: { name: 'shared', include: SHARED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: SHARED } },
    ],
  },
});

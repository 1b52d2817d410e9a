// Mutation testing of the code that guards people's money (docs/testing.md): the trust layer,
// payments, the orchestrator's guard path and the runtime's boundary. `npm run mutation`;
// one folder at a time: `npm run mutation -- --mutate 'src/trust/**/*.ts' '!src/trust/**/*.test.ts'`.
// Each scope keeps its own reports and incremental file, so re-runs test only changed mutants.
const scope = process.env.AGENTOS_MUTATION_SCOPE ?? 'all';
const reports = `reports/mutation/${scope}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // perTest runs only the tests that reached a mutant; `AGENTOS_MUTATION_COVERAGE=all` runs every
  // test of the scope for each (for a small scope whose tests per-test coverage did not see reach it)
  coverageAnalysis: process.env.AGENTOS_MUTATION_COVERAGE === 'all' ? 'all' : 'perTest',
  checkers: [],
  mutate: [
    'src/trust/**/*.ts',
    'src/pay/**/*.ts',
    'src/orchestrator/act.ts',
    'src/orchestrator/guard.ts',
    'src/orchestrator/settle.ts',
    'src/orchestrator/turn.ts',
    'src/runtime/envelope.ts',
    'src/runtime/storage.ts',
    'src/runtime/call-host.ts',
    'src/runtime/realm-pool.ts',
    '!src/**/*.test.ts',
    // test helpers and the crash test's child process are not product code
    '!src/pay/test-support.ts',
    '!src/pay/crash-worker.ts',
    // type-only modules and re-exports have nothing to mutate
    '!src/**/index.ts',
    '!src/**/types.ts',
  ],
  // A static mutant (a module-level constant such as a regex) can only be tested by reloading the
  // module and re-running every test of the scope; on the PGlite-backed suites that costs hours a
  // folder, so they are left out by default. AGENTOS_MUTATION_STATIC=on includes them (the guard
  // scope, whose tests are pure, is measured with them).
  ignoreStatic: process.env.AGENTOS_MUTATION_STATIC !== 'on' && process.env.AGENTOS_MUTATION_COVERAGE !== 'all',
  concurrency: 2,
  timeoutMS: 60_000,
  dryRunTimeoutMinutes: 60,
  reporters: ['progress', 'clear-text', 'html', 'json'],
  htmlReporter: { fileName: `${reports}/index.html` },
  jsonReporter: { fileName: `${reports}/mutation.json` },
  incrementalFile: `${reports}/stryker-incremental.json`,
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: '.stryker-tmp',
};

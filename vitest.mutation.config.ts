import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The suites that cover what `npm run mutation` mutates (stryker.config.mjs), on PGlite only.
 * `AGENTOS_MUTATION_SCOPE=trust` (or pay, orchestrator, runtime) runs one folder's suites, for a
 * one-folder run: `AGENTOS_MUTATION_SCOPE=trust npm run mutation -- --mutate 'src/trust/**\/*.ts,!src/trust/**\/*.test.ts'`.
 */
const SUITES: Record<string, string[]> = {
  trust: ['src/trust/**/*.test.ts', 'src/pay/**/*.test.ts'],
  pay: ['src/pay/**/*.test.ts', 'src/trust/**/*.test.ts'],
  orchestrator: ['src/orchestrator/**/*.test.ts', 'test/orchestrator/**/*.test.ts'],
  runtime: ['src/runtime/**/*.test.ts'],
  // a call's storage (storage.ts, storage-cache.ts): its own suites and the runtime's, which run calls through a sandbox thread
  storage: ['src/runtime/storage.test.ts', 'src/runtime/storage-save.test.ts', 'src/runtime/storage-cache.test.ts', 'src/runtime/runtime.test.ts'],
  // storage.ts's own suites (no sandbox thread): a lower bound for it, cheap on a busy machine
  'storage-own': ['src/runtime/storage.test.ts', 'src/runtime/storage-save.test.ts', 'src/runtime/storage-cache.test.ts'],
  // guard.ts's own unit tests only: a lower bound for guard.ts, in seconds rather than hours
  // (the hub-level suites that also cover it boot a hub per test); act/settle wiring is shown
  // by the hand-planted bugs in docs/testing.md.
  guard: ['src/orchestrator/guard.test.ts'],
  // verify.ts's own suite only (every check shown its broken ledger): a lower bound for verify.ts,
  // since every pay suite ends by calling verify() and each opens its own PGlite store
  ledger: ['src/pay/verify.test.ts'],
  // src/trust one concept at a time, each with its own suites only (lower bounds, in minutes: the
  // whole trust scope runs every trust and pay suite for a mutant of the audit log, hours at load 10)
  'trust-units': ['src/trust/transact.test.ts', 'src/trust/refusals.test.ts'],
  consent: ['src/trust/consent.test.ts'],
  'confirmation-create': ['src/trust/confirmation-create.test.ts'],
  redeem: ['src/trust/confirmations.test.ts', 'src/trust/confirmation-answers.test.ts'],
  // the confirmation rows' helpers: yuanText is shown by refusals.test.ts
  confirmations: ['src/trust/confirmation*.test.ts', 'src/pay/confirmation-gate.test.ts', 'src/trust/refusals.test.ts'],
  audit: ['src/trust/audit-log*.test.ts'],
  // envelope.ts's own suite (pure): what a mini-program's result may carry to the planner
  envelope: ['src/runtime/envelope.test.ts'],
  // realm-pool.ts's own suite (realms in-process, no sandbox thread): which realm a call runs in
  'realm-pool': ['src/runtime/realm-pool.test.ts'],
  // call-host.ts's own suite (the bridge served directly, no sandbox): what a call may touch
  'call-host': ['src/runtime/call-host.test.ts'],
  // turn.ts's own suite (pure): what a turn emits, saves and says
  turn: ['src/orchestrator/turn.test.ts'],
  // settle.ts's own suite (fake trust and pay, act() stubbed): a yes pays once, a no or a refusal pays nothing
  settle: ['src/orchestrator/settle.test.ts'],
  // act.ts's own suite (fake trust, pay and cards, callTool stubbed, the real guard): what runs, what waits for the user
  act: ['src/orchestrator/act.test.ts'],
  // the trust layer's front (trust-service.ts): the suites that go through it
  'trust-service': ['src/trust/confirmation*.test.ts', 'src/trust/consent.test.ts'],
  // src/pay's store-backed parts (capture, tap, refund, ledger, orders, the service), one file or
  // concept at a time with the payment suites; concurrency.test.ts (hundreds of payments a run)
  // and verify.test.ts (its own scope, ledger) are left out: a lower bound for each file;
  // order-with-card.test.ts shows an order written with its card (createOrderWithCard, insertOrderWith)
  'pay-store': ['src/pay/pay.test.ts', 'src/pay/pay-service.test.ts', 'src/pay/refund.test.ts', 'src/pay/ledger.test.ts', 'src/pay/capture-on-tap.test.ts', 'src/pay/confirmation-gate.test.ts', 'src/pay/messages.test.ts', 'src/pay/order-with-card.test.ts'],
  // the service's own guards and the words of its refusals (pay-service.ts, messages.ts): a lower bound for each
  'pay-service': ['src/pay/pay-service.test.ts', 'src/pay/messages.test.ts'],
  // one store-backed file of src/pay with its own suite, every test run for each mutant
  // (AGENTOS_MUTATION_COVERAGE=all: per-test coverage runs only the tests that reached a mutant,
  // and a test run without the ones before it can take another path and miss what the file catches)
  'ledger-own': ['src/pay/ledger.test.ts'],
  'refund-own': ['src/pay/refund.test.ts'],
  // how a statement's parameters are numbered (src/trust/sql-params.ts): the ledger's statements are built with it
  'sql-params': ['src/pay/ledger.test.ts'],
  // the words of a refused payment or refund (messages.ts), with its own pure suite
  messages: ['src/pay/messages.test.ts'],
  // the one-statement tap (capture-direct.ts, capture-on-tap.ts) with its own suite: a lower bound for each
  'tap': ['src/pay/capture-on-tap.test.ts'],
  // src/pay's pure parts (yuan and fen, drafts, splits): its store-backed parts need a quiet machine
  'pay-pure': ['src/pay/money.test.ts', 'src/pay/draft.test.ts', 'src/pay/split.test.ts'],
};
const scope = process.env.AGENTOS_MUTATION_SCOPE;

export default defineConfig({
  test: {
    include: scope && SUITES[scope] ? SUITES[scope] : Object.values(SUITES).flat(),
    exclude: ['src/pay/crash.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000, // a PGlite store takes minutes to open on a machine shared by busy runs
    pool: 'forks',
    // fresh stores from the template, as in the suite (vitest.config.ts): a mutant's rerun opens many
    env: { TZ: 'UTC', AGENTOS_TEST_PG: 'off', AGENTOS_STORE_TEMPLATE_DIR: join(tmpdir(), 'agentos-store-templates') },
  },
});

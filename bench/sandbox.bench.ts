import { loadPackageFromFiles } from '../src/package/index.ts';
import { lintPackage } from '../src/review/index.ts';
import { Runtime, scratchServices } from '../src/runtime/index.ts';
import { openMemoryStore } from '../src/store/index.ts';
import { machine, ms, percentiles, timeIt } from './support.ts';
import { syntheticPackage } from './synthetic-package.ts';

/** Warm API call through the sandbox, cold load of a 10-skill package, lint of a 30-skill package. */
export async function benchSandbox(): Promise<string[]> {
  const ten = loadPackageFromFiles(syntheticPackage(10), 'synthetic-10');
  const thirty = loadPackageFromFiles(syntheticPackage(30), 'synthetic-30');
  if (!ten.ok || !thirty.ok) throw new Error('synthetic package did not load');
  const store = await openMemoryStore();
  const limits = { memoryLimitBytes: 64 * 2 ** 20, timeLimitMs: 10_000 };
  const runtime = new Runtime({ store, services: scratchServices(), limits, resolve: async () => ({ version: 'v1', pkg: ten.value }) });
  const call = (api: string) => () => runtime.call({ appId: 'synthetic-10', api, arguments: { keyword: '拿铁' }, userId: 'u1' });
  await call('api0x0')();
  const warm = percentiles(await timeIt(2_000, call('api0x1')));
  const writing = percentiles(await timeIt(2_000, call('api0x0')));
  // Cold: a fresh runtime (no warm realm) per load: realm creation + every skill's index.js.
  const cold = percentiles(await timeIt(20, async (i) => {
    const fresh = new Runtime({ store, services: scratchServices(), limits, resolve: async () => ({ version: `v${i}`, pkg: ten.value }) });
    await fresh.call({ appId: 'synthetic-10', api: 'api0x0', arguments: {}, userId: `cold${i}` });
    fresh.dispose();
  }));
  lintPackage(thirty.value);
  const lint = percentiles(await timeIt(50, () => lintPackage(thirty.value)));
  runtime.dispose();
  await store.close();
  return [
    `sandbox: warm API call (reads the user's storage, PGlite) p50 ${ms(warm.p50)} p95 ${ms(warm.p95)} (target p50 ≤ 0.5 ms) — ${machine()}`,
    `sandbox: warm API call that also writes storage (one more transaction) p50 ${ms(writing.p50)} p95 ${ms(writing.p95)}`,
    `sandbox: cold load + first call of a 10-skill, 80-API package p50 ${ms(cold.p50)} p95 ${ms(cold.p95)} (target ≤ 50 ms)`,
    `review: lint of a 30-skill, 240-API package p50 ${ms(lint.p50)} p95 ${ms(lint.p95)} (target ≤ 100 ms)`,
  ];
}

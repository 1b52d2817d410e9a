import { loadPackageFromFiles, type MiniProgramPackage } from '../src/package/index.ts';
import { Runtime, scratchServices } from '../src/runtime/index.ts';
import { sandboxPool } from '../src/runtime/sandbox/sandbox-pool.ts';
import { skillPackage } from '../src/runtime/test-support.ts';
import { openMemoryStore, type Store } from '../src/store/index.ts';
import { machine, ms } from './support.ts';
import { syntheticPackage } from './synthetic-package.ts';

const BURN = `wx.modelContext.createSkill('skills/burn').registerAPI('burn', async () => { for (;;) {} });`;

/** The same store as a process sees it when others write it too (PostgreSQL): nothing of it may be kept. */
function shared(store: Store): Store {
  return {
    kind: store.kind, exclusive: false, asyncCommit: store.asyncCommit,
    query: (text, params) => store.query(text, params), exec: (text) => store.exec(text), transaction: (fn) => store.transaction(fn),
    locks: (scope) => store.locks(scope), notify: (channel, payload) => store.notify(channel, payload), listen: (channel, listener) => store.listen(channel, listener),
    close: () => store.close(),
  };
}

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/**
 * The sandbox pool: a warm API call through a sandbox thread against the same call on the
 * hub's own thread (the path before the pool), measured in alternating blocks of one run; then
 * an unrelated mini-program's latency while neighbours burn their whole time limit on every thread.
 */
export async function benchSandboxPool(): Promise<string[]> {
  const loaded = loadPackageFromFiles(syntheticPackage(10), 'synthetic-10');
  if (!loaded.ok) throw new Error('synthetic package did not load');
  const ten = loaded.value;
  const store = await openMemoryStore();
  const limits = { memoryLimitBytes: 64 * 2 ** 20, timeLimitMs: 3_000 };
  const burners = new Map<string, MiniProgramPackage>();
  const resolve = async (appId: string) => ({ version: 'v1', pkg: burners.get(appId) ?? ten });
  const pooled = new Runtime({ store, services: scratchServices(), limits, resolve });
  const inProcess = new Runtime({ store, services: scratchServices(), limits, resolve, placement: 'in-process' });
  const uncached = new Runtime({ store: shared(store), services: scratchServices(), limits, resolve });
  const call = (runtime: Runtime, appId = 'synthetic-10') => runtime.call({ appId, api: 'api0x1', arguments: { keyword: '拿铁' }, userId: 'u1' });
  await call(pooled);
  await call(inProcess);
  await call(uncached);
  const samples = { pooled: [] as number[], inProcess: [] as number[], uncached: [] as number[] };
  for (let block = 0; block < 10; block++) {
    for (const [name, runtime] of [['pooled', pooled], ['inProcess', inProcess], ['uncached', uncached]] as const) {
      for (let i = 0; i < 200; i++) {
        const t = performance.now();
        await call(runtime);
        samples[name].push(performance.now() - t);
      }
    }
  }
  const pool = sandboxPool();
  const threads = pool.options.threads;
  // Neighbours burn their full time limit, one per thread (each its own mini-program: calls of one mini-program queue).
  for (let i = 0; i < threads; i++) {
    burners.set(`burner-${i}`, skillPackage(`burner-${i}`, [{ path: 'skills/burn', files: { 'index.js': BURN }, apis: [{ name: 'burn' }] }]));
  }
  const burning = [...burners.keys()].map((appId) => pooled.call({ appId, api: 'burn', arguments: {}, userId: 'u1' }));
  let done = false;
  void Promise.all(burning).then(() => (done = true));
  const underLoad: number[] = [];
  let failed = 0;
  while (!done) {
    const t = performance.now();
    const out = await call(pooled, 'synthetic-10');
    underLoad.push(performance.now() - t);
    if (out.kind !== 'result' || out.envelope.isError) failed++;
    await new Promise((r) => setTimeout(r, 10));
  }
  pooled.dispose();
  inProcess.dispose();
  uncached.dispose();
  pool.shutdown();
  await store.close();
  const p50 = { pooled: quantile(samples.pooled, 0.5), inProcess: quantile(samples.inProcess, 0.5), uncached: quantile(samples.uncached, 0.5) };
  return [
    `sandbox pool: warm API call through a sandbox thread (${threads} threads; its storage kept by the process, as on PGlite) p50 ${ms(p50.pooled)} p99 ${ms(quantile(samples.pooled, 0.99))} (target p50 ≤ 0.5 ms and ≤ 1.5× the hub's own thread)`,
    `sandbox pool: the same through the thread with its storage read each call (as on a shared PostgreSQL) p50 ${ms(p50.uncached)} p99 ${ms(quantile(samples.uncached, 0.99))}`,
    `sandbox pool: the same call on the hub's own thread (before the pool: storage read each call) p50 ${ms(p50.inProcess)} p99 ${ms(quantile(samples.inProcess, 0.99))} — ratio ${(p50.pooled / p50.inProcess).toFixed(2)}× (storage read each call on both: ${(p50.uncached / p50.inProcess).toFixed(2)}×)`,
    `sandbox pool: unrelated mini-program while ${threads} neighbours burn their full ${limits.timeLimitMs} ms limit (one per thread): ${underLoad.length} calls, ${failed} failed, p50 ${ms(quantile(underLoad, 0.5))} p99 ${ms(quantile(underLoad, 0.99))} max ${ms(Math.max(...underLoad))} — ${machine()}`,
  ];
}

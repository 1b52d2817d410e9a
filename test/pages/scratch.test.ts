import { it } from 'vitest';
import { loadPackage } from '../../src/package/index.ts';
import { Runtime } from '../../src/runtime/index.ts';
import { scratchServices } from '../../src/runtime/index.ts';
import { openMemoryStore } from '../../src/store/index.ts';

it('explore', async () => {
  const loaded = await loadPackage('test/fixtures/packages/page-lab');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  const pkg = { ...loaded.value, appId: 'page-lab' };
  const store = await openMemoryStore();
  const runtime = new Runtime({ store, services: scratchServices(), resolve: async () => ({ version: 'v1', pkg }), limits: { memoryLimitBytes: 32 << 20, timeLimitMs: 1000 } });
  const s = runtime.openPages({ appId: 'page-lab', userId: 'u1' });
  let o = await s.open('pages/index/index', { name: '小明' });
  console.log(o.kind, (o as any).error, o.state.text, o.state.actions, o.state.problems);
  o = await s.tap(o.state.actions.find((a) => a.label.includes('推荐'))!.path);
  console.log(o.kind, (o as any).error, o.state.text, o.state.warnings);
}, 60000);

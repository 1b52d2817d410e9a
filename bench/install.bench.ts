import { Catalog } from '../src/catalog/index.ts';
import { installLoaded } from '../src/hub/index.ts';
import { loadPackageFromFiles, type PackageFiles } from '../src/package/index.ts';
import { Runtime, scratchServices } from '../src/runtime/index.ts';
import { openMemoryStore } from '../src/store/index.ts';
import { ms } from './support.ts';

/**
 * A shop-like package written as real ones are: `pages` pages whose JS uses ES-module syntax
 * against shared utilities, TypeScript helpers with no compiled .js beside them, an npm module
 * in miniprogram_npm, and docs that packOptions.ignore leaves out. Sized to the largest package
 * of the compatibility corpus (docs/compatibility.md).
 */
export function syntheticShop(pages: number): PackageFiles {
  const files: PackageFiles = {
    'project.config.json': JSON.stringify({ appid: 'synthetic-shop', projectname: 'Synthetic shop', packOptions: { ignore: [{ type: 'folder', value: 'docs' }] } }),
    'miniprogram_npm/tiny-money/index.js': 'module.exports = { yuan: function (fen) { return (fen / 100).toFixed(2); } };',
    'utils/request.js': "export function query(name) { return Promise.resolve({ name: name, items: [] }); }\nexport default { query };\n",
    'docs/design.md': '# design notes\n'.repeat(200),
  };
  const list: string[] = [];
  for (let t = 0; t < Math.ceil(pages / 4); t++) {
    files[`utils/helper${t}.ts`] = `export interface Line${t} { id: string; fen: number }\nexport function total${t}(lines: Line${t}[]): number {\n  return lines.reduce((sum: number, line: Line${t}) => sum + line.fen, 0);\n}\n`;
  }
  for (let p = 0; p < pages; p++) {
    const path = `pages/p${p}/p${p}`;
    list.push(path);
    const helper = Math.floor(p / 4);
    files[`${path}.js`] = [
      "import { query } from '../../utils/request';",
      `import { total${helper} } from '../../utils/helper${helper}';`,
      "const money = require('tiny-money');",
      'Page({',
      `  data: { title: '第 ${p} 页', total: '', lines: [{ id: 'a', fen: 1200 }, { id: 'b', fen: 350 }] },`,
      `  onLoad() { this.setData({ total: money.yuan(total${helper}(this.data.lines)) }); query('p${p}'); },`,
      "  onTap(e) { wx.navigateTo({ url: '/pages/p0/p0?from=' + e.currentTarget.dataset.id }); },",
      '});',
    ].join('\n');
    files[`${path}.wxml`] = '<view class="page"><text>{{title}}</text><view wx:for="{{lines}}" wx:key="id" bindtap="onTap" data-id="{{item.id}}">{{item.id}}</view><text>合计 ¥{{total}}</text></view>';
    files[`${path}.json`] = '{}';
    files[`${path}.wxss`] = '.page { padding: 24rpx; }';
    // real packages are mostly images by weight: one 20 KiB picture per page
    files[`images/p${p}.png`] = `base64:${Buffer.alloc(20 * 1024, p % 251).toString('base64')}`;
  }
  files['app.json'] = JSON.stringify({ pages: list, window: { navigationBarTitleText: 'Synthetic shop' } });
  return files;
}

/** Install of a shop-sized package: load with transpiling, then review (every page opened) and store. */
export async function benchInstall(): Promise<string[]> {
  const pages = Number(process.env.AGENTOS_BENCH_INSTALL_PAGES ?? 170);
  const files = syntheticShop(pages);
  const bytes = Object.values(files).reduce((sum, text) => sum + (text.startsWith('base64:') ? Buffer.from(text.slice(7), 'base64').length : Buffer.byteLength(text)), 0);
  const store = await openMemoryStore();
  const limits = { memoryLimitBytes: 64 * 2 ** 20, timeLimitMs: 10_000 };
  const catalog = new Catalog(store);
  const runtime = new Runtime({ store, services: scratchServices(), limits, resolve: (appId, version) => catalog.package(appId, version) });
  const lines: string[] = [];
  try {
    let started = performance.now();
    const loaded = loadPackageFromFiles(files, 'synthetic-shop');
    const loadMs = performance.now() - started;
    if (!loaded.ok) throw new Error('the synthetic shop did not load');
    started = performance.now();
    const { report } = await installLoaded({ catalog, runtime, config: { sandbox: limits } }, loaded.value);
    const installMs = performance.now() - started;
    if (!report.passed) throw new Error(`the synthetic shop did not pass review: ${report.problems.map((p) => p.rule).join(', ')}`);
    lines.push(
      `install: synthetic shop of ${pages} pages, ${Object.keys(files).length} files, ${(bytes / 1024).toFixed(0)} KiB (ES modules + TypeScript, compiled at load): load ${ms(loadMs)}, review + store ${ms(installMs)} (every page opened once), total ${((loadMs + installMs) / 1000).toFixed(1)} s`,
    );
  } finally {
    runtime.dispose();
    await store.close();
  }
  return lines;
}

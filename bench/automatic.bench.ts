/**
 * Automatic mode: the analysis of a generated 50-page package (target ≤ 200 ms), and one page
 * operator step on a real page in the sandbox (target p50 ≤ 2 ms).
 * Run alone with `node --import tsx bench/automatic.bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import { analyzePackage } from '../src/analyzer/index.ts';
import { fixedClock, loadConfig } from '../src/core/index.ts';
import { composeHub, decide, installPackage } from '../src/hub/index.ts';
import { loadPackageFromFiles } from '../src/package/index.ts';
import { PlanRun } from '../src/runtime/operator/plan-run.ts';
import { openMemoryStore } from '../src/store/index.ts';
import { ms, percentiles, timeIt } from './support.ts';

const PAGES = 50;
const LAUNDRY = new URL('../test/fixtures/packages/laundry', import.meta.url).pathname;

/** A package of `PAGES` pages: each lists items that lead to the next, with a search box, chips and a helper; the last one pays. */
export function generatedPackage(): Record<string, string> {
  const files: Record<string, string> = {
    'app.json': JSON.stringify({ pages: Array.from({ length: PAGES }, (_, i) => `pages/p${i}/p${i}`) }),
    'utils/api.js': "function get(url) { return new Promise((ok) => wx.request({ url, success: ok })); }\nfunction pay(order) { return wx.createOrder(order).then((c) => wx.requestPayment({ orderId: c.orderId })); }\nmodule.exports = { get, pay };",
  };
  for (let i = 0; i < PAGES; i++) {
    const last = i === PAGES - 1;
    files[`pages/p${i}/p${i}.json`] = JSON.stringify({ navigationBarTitleText: `第 ${i} 页 Page ${i}` });
    files[`pages/p${i}/p${i}.wxml`] = `<view class="title">城市 City</view>
<view wx:for="{{cities}}" wx:key="name" bindtap="onCity" data-city="{{item.name}}">{{item.name}}</view>
<input placeholder="搜索 Search" bindinput="onSearch" />
<view class="title">项目 Items</view>
<view wx:for="{{rows}}" wx:key="id" bindtap="onPick" data-id="{{item.id}}"><text>{{item.name}}</text><text>¥{{item.price}}</text></view>
<picker mode="date" name="date" bindchange="onDate"><view>{{date}}</view></picker>
<input type="number" name="count" placeholder="人数 People" bindinput="onCount" />
${last ? '<button bindtap="onPay">支付 Pay now</button>' : ''}`;
    files[`pages/p${i}/p${i}.js`] = `const api = require('../../utils/api.js');
Page({
  data: { cities: [], rows: [], date: '', count: 1 },
  onLoad(query) { const q = query || {}; this.refresh({ city: q.city || '', id: q.id }); },
  onCity(e) { this.refresh({ city: e.currentTarget.dataset.city }); },
  onSearch(e) { this.refresh({ keyword: e.detail.value }); },
  onDate(e) { this.setData({ date: e.detail.value }); },
  onCount(e) { this.setData({ count: Number(e.detail.value) }); },
  onPick(e) { wx.navigateTo({ url: \`/pages/p${last ? 0 : i + 1}/p${last ? 0 : i + 1}?id=\${e.currentTarget.dataset.id}\` }); },
  ${last ? 'onPay() { return api.pay({ title: "x", amount: 1, lines: [] }); },' : ''}
  refresh(changes) { api.get('https://api.example.com/rows'); this.setData({ rows: [], cities: [] }); },
});`;
  }
  return files;
}

export async function benchAutomatic(): Promise<string[]> {
  const loaded = loadPackageFromFiles(generatedPackage(), 'generated');
  if (!loaded.ok) throw new Error(loaded.error.map((p) => p.message).join('; '));
  for (let i = 0; i < 3; i++) analyzePackage(loaded.value); // warm: parser and JIT
  const analysis = analyzePackage(loaded.value);
  const runs = await timeIt(20, () => analyzePackage(loaded.value));
  const analyse = percentiles(runs);

  const store = await openMemoryStore();
  const hub = composeHub({ ...loadConfig({}), seedEcosystem: false, clock: fixedClock('2026-11-20T10:00:00+08:00') }, store);
  try {
    const { record } = await installPackage(hub, LAUNDRY, { auto: true });
    await decide(hub, `${record.appId}@${record.version}`, 'approve', 'bench', 'bench');
    const page = hub.runtime.openPages({ appId: record.appId, userId: 'bench' });
    await page.open('pages/index/index');
    const step = { op: 'quantities' as const, list: 'garments', add: 'onMore', remove: 'onLess', datasetKey: 'id', param: 'items', idField: 'id', qtyField: 'qty' };
    const plan = { api: 'bench', kind: 'commit' as const, steps: [step], filters: [], filterSteps: [], payment: false };
    // Each step raises one count by one: one tap, the page re-rendered and read back.
    for (let i = 1; i <= 20; i++) await new PlanRun(page, { items: [{ garmentId: 'g1', qty: i }] }).steps(plan);
    const samples = await timeIt(200, (i) => new PlanRun(page, { items: [{ garmentId: 'g1', qty: 21 + i }] }).steps(plan));
    page.close();
    const operate = percentiles(samples);
    return [
      `automatic: analysis of a ${PAGES}-page package (${analysis.summary.actions} actions, ${analysis.derived.apis.length} tools) p50 ${ms(analyse.p50)} p95 ${ms(analyse.p95)} (target ≤ 200 ms)`,
      `automatic: page operator step (one tap on a real page in the sandbox, re-rendered) p50 ${ms(operate.p50)} p95 ${ms(operate.p95)} (target p50 ≤ 2 ms)`,
    ];
  } finally {
    await hub.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) for (const line of await benchAutomatic()) console.log(line);

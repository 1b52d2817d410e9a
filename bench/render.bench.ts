/**
 * WXML card rendering: a 50-item list card (wx:for, wx:if, toFixed, data-*, taps) parsed once
 * and rendered 1,000 times into the neutral tree, then drawn as HTML and as text.
 * Run alone with `node --import tsx bench/render.bench.ts`.
 */
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseWxml, renderWxml, toHtml, toText } from '../src/runtime/wxml/index.ts';

const ITEMS = 50;
const RUNS = 1_000;

const CARD = `
<view class="menu-card">
  <view class="header"><text class="shop">{{shop.name}}</text><text class="count">共 {{items.length}} 款</text></view>
  <view class="item {{item.soldOut ? 'sold-out' : ''}}" wx:for="{{items}}" wx:key="id" data-id="{{item.id}}" bindtap="onPick">
    <image class="thumb" src="{{item.image}}" mode="aspectFill"/>
    <view class="info">
      <text class="name">{{item.name}}</text>
      <text class="desc" wx:if="{{item.desc}}">{{item.desc}}</text>
      <text class="price">¥{{item.price.toFixed(2)}}</text>
      <text class="tag" wx:for="{{item.tags}}" wx:for-item="tag">{{tag}}</text>
    </view>
    <button wx:if="{{!item.soldOut}}" size="mini" bindtap="onAdd" data-id="{{item.id}}">加入</button>
    <text wx:else class="sold">已售罄</text>
  </view>
  <view class="footer">合计 ¥{{total.toFixed(2)}}</view>
</view>`;

const WXSS = '.menu-card{padding:24rpx}.item{display:flex;margin:12rpx 0}.thumb{width:120rpx;height:120rpx}.price{color:#e64340}';

function data(): Record<string, unknown> {
  const items = Array.from({ length: ITEMS }, (_, i) => ({
    id: `sku-${i}`,
    name: `商品 ${i} 号 Item ${i}`,
    desc: i % 3 === 0 ? '' : `第 ${i} 款的说明，香浓顺滑`,
    price: 9.9 + i * 1.5,
    image: `https://img.example.com/sku-${i}.png`,
    tags: i % 2 === 0 ? ['热销', '新品'] : ['经典'],
    soldOut: i % 7 === 0,
  }));
  return { shop: { name: '街角咖啡' }, items, total: items.reduce((sum, item) => sum + item.price, 0) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;
}

function time(runs: number, work: () => void): number[] {
  for (let i = 0; i < 50; i++) work(); // warm up the JIT
  const latencies: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    latencies.push(performance.now() - start);
  }
  return latencies.sort((a, b) => a - b);
}

const summary = (label: string, sorted: number[]): string =>
  `  ${label} p50 ${percentile(sorted, 0.5).toFixed(3)} ms, p95 ${percentile(sorted, 0.95).toFixed(3)} ms, max ${(sorted.at(-1) as number).toFixed(3)} ms`;

export async function benchRender(): Promise<string[]> {
  const parseStart = performance.now();
  const parsed = parseWxml(CARD, 'components/menu-card/menu-card.wxml');
  const parseMs = performance.now() - parseStart;
  if (!parsed.ok) throw new Error(parsed.error.message);
  const input = data();
  let nodes = 0;
  const render = time(RUNS, () => {
    nodes = countNodes(renderWxml(parsed.value, input));
  });
  const tree = renderWxml(parsed.value, input);
  const html = time(RUNS, () => void toHtml(tree, { wxss: WXSS }));
  const text = time(RUNS, () => void toText(tree));
  return [
    `WXML render: a ${ITEMS}-item list card (${nodes} neutral nodes), ${RUNS.toLocaleString('en')} runs each; first parse ${parseMs.toFixed(2)} ms`,
    summary('renderWxml', render),
    summary('toHtml (with WXSS)', html),
    summary('toText', text),
    `  conditions: ${availableParallelism()} cores, node ${process.version}, ${process.platform}/${process.arch}, single thread`,
  ];
}

function countNodes(nodes: { children: unknown[] }[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countNodes(node.children as { children: unknown[] }[]), 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchRender()) console.log(line);
}

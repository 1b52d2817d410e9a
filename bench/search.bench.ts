/**
 * Catalog search over 100,000 synthetic tools (target p50 ≤ 10 ms). The tools and queries are
 * generated deterministically from a mixed Chinese/English vocabulary, so runs compare.
 * Run alone with `node --import tsx bench/search.bench.ts`.
 */
import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { ToolIndex } from '../src/catalog/search/index.ts';
import { seededRandom } from '../test/support/seeded-random.ts';

const TOOLS = 100_000;
const QUERIES = 1_000;

const DOMAINS: [string, string][] = [
  ['咖啡', 'coffee'], ['奶茶', 'milk tea'], ['火车票', 'train ticket'], ['机票', 'flight'], ['酒店', 'hotel'],
  ['快递', 'parcel'], ['打车', 'taxi'], ['外卖', 'food delivery'], ['电影票', 'movie ticket'], ['挂号', 'doctor appointment'],
  ['加油', 'fuel'], ['停车', 'parking'], ['洗衣', 'laundry'], ['家政', 'housekeeping'], ['理发', 'haircut'],
  ['健身课', 'gym class'], ['宠物寄养', 'pet boarding'], ['鲜花', 'flowers'], ['蛋糕', 'cake'], ['药品', 'pharmacy'],
  ['门票', 'attraction ticket'], ['租车', 'car rental'], ['充电桩', 'ev charging'], ['话费', 'phone top-up'], ['水电费', 'utility bill'],
  ['体检', 'health checkup'], ['餐厅', 'restaurant table'], ['演出', 'concert'], ['图书', 'books'], ['生鲜', 'groceries'],
];
const VERBS: [string, string][] = [
  ['预订', 'book'], ['查询', 'search'], ['取消', 'cancel'], ['下单', 'order'], ['退款', 'refund'], ['修改', 'change'],
  ['支付', 'pay'], ['评价', 'review'], ['领取优惠券', 'claim coupon'], ['查看订单', 'view orders'],
];
const QUALIFIERS = ['附近', '明天', '会员', '优惠', '24小时', '上门', '急送', '预约', 'nearby', 'express', 'member', 'discount'];
const CITIES = ['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '西安', '南京', '重庆'];
const PARAMS = ['城市 city', '日期 date', '时间 time', '数量 quantity', '门店 ID storeId', '地址 address', '电话 phone', '备注 note'];

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

function syntheticTool(i: number, next: () => number) {
  const [domainZh, domainEn] = pick(next, DOMAINS);
  const [verbZh, verbEn] = pick(next, VERBS);
  const city = pick(next, CITIES);
  const qualifier = pick(next, QUALIFIERS);
  const brand = `brand${i % 5_000}`;
  const params = Array.from({ length: 3 }, () => pick(next, PARAMS)).join('; ');
  return {
    id: `${brand}/tool${i}`,
    fields: {
      name: `${verbEn.replace(/ /g, '')}${domainEn.replace(/[ -]/g, '')}${i}`,
      description: `${verbZh}${qualifier}${domainZh}，${city}可用。例如「帮我${verbZh}${domainZh}」。${verbEn} ${domainEn} in ${city}.`,
      params,
      skillMd: `# ${brand} ${domainZh}\n${brand} 提供${domainZh}服务：${verbZh}、${pick(next, VERBS)[0]}、${pick(next, VERBS)[0]}。Serving ${domainEn} since ${2000 + (i % 25)}.`,
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

export async function benchSearch(): Promise<string[]> {
  const next = seededRandom(42);
  const index = new ToolIndex();
  globalThis.gc?.(); // the baseline without what earlier benchmarks left behind
  const heapBefore = process.memoryUsage().heapUsed;
  const buildStart = performance.now();
  for (let i = 0; i < TOOLS; i++) index.add(syntheticTool(i, next));
  const buildMs = performance.now() - buildStart;
  globalThis.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

  const queries = Array.from({ length: QUERIES }, (_, i) => {
    const [domainZh, domainEn] = pick(next, DOMAINS);
    const [verbZh, verbEn] = pick(next, VERBS);
    return i % 2 === 0 ? `帮我${verbZh}${pick(next, CITIES)}的${domainZh}` : `${verbEn} a ${domainEn} ${pick(next, QUALIFIERS)}`;
  });
  for (const query of queries.slice(0, 50)) index.search(query); // warm up the JIT
  const latencies: number[] = [];
  let found = 0;
  for (const query of queries) {
    const start = performance.now();
    const hits = index.search(query);
    latencies.push(performance.now() - start);
    if (hits.length > 0) found++;
  }
  latencies.sort((a, b) => a - b);
  return [
    `catalog search: ${TOOLS.toLocaleString('en')} synthetic tools, ${QUERIES} queries (half Chinese, half English), limit 8`,
    `  build ${(buildMs / 1000).toFixed(2)} s (${((buildMs * 1000) / TOOLS).toFixed(1)} µs/tool), heap used by the index ≈ ${heapMb.toFixed(0)} MB${globalThis.gc ? ' (after GC)' : ' (no --expose-gc: may include garbage)'}`,
    `  search p50 ${percentile(latencies, 0.5).toFixed(2)} ms, p95 ${percentile(latencies, 0.95).toFixed(2)} ms, max ${latencies.at(-1)!.toFixed(2)} ms (target p50 ≤ 10 ms); ${found}/${QUERIES} queries found tools`,
    `  conditions: ${availableParallelism()} cores, node ${process.version}, ${process.platform}/${process.arch}, single thread, load average ${loadavg()[0]!.toFixed(1)} at the end`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchSearch()) console.log(line);
}

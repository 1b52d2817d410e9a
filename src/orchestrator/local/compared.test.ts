import { describe, expect, it } from 'vitest';
import { comparedLine, listedOf } from './compared.ts';
import { asksComparison } from './request-words.ts';
import { entitiesIn } from './entities.ts';
import type { PlannerInput, Transcript } from '../planner.ts';
import { LocalPlanner } from './local-planner.ts';
import { testCatalog } from './test-catalog.ts';

const fares = entitiesIn({ cabins: [
  { id: 'c1', name: '经济舱', price: 80 },
  { id: 'c2', name: '商务舱', price: 150 },
  { id: 'c3', name: '观景舱', price: 210 },
] });
const devices = entitiesIn({ products: [
  { productId: 'd1', name: '儿童电子体温计', price: 45 },
  { productId: 'd2', name: '家用额温枪', price: 118.5 },
] });

describe('a question of how two prices compare', () => {
  it('is told apart from other questions of price', () => {
    expect(asksComparison('经济舱跟商务舱差多少钱？')).toBe(true);
    expect(asksComparison('哪个便宜点？买便宜的那个')).toBe(true);
    expect(asksComparison('东港跟西港哪家票便宜？')).toBe(true);
    expect(asksComparison('哪天去都行，便宜就好')).toBe(false);
    expect(asksComparison("what's the price gap between them?")).toBe(true);
    expect(asksComparison('经济舱多少钱？')).toBe(false);
  });

  it('hears both prices and which costs less by how much', () => {
    expect(comparedLine(['明早的船，经济舱跟商务舱差多少钱？差不到50就坐商务舱'], fares, 'zh')).toBe('经济舱 ¥80.00，商务舱 ¥150.00：经济舱便宜 ¥70.00。');
    expect(comparedLine(['观景舱和商务舱哪个贵'], fares, 'zh')).toBe('观景舱 ¥210.00，商务舱 ¥150.00：商务舱便宜 ¥60.00。');
  });

  it('sets the thing the question before named against the one a comparing question names', () => {
    expect(comparedLine(['明早观景舱多少钱？；比经济舱贵多少？'], fares, 'zh')).toBe('观景舱 ¥210.00，经济舱 ¥80.00：经济舱便宜 ¥130.00。');
  });

  it('reads a thing said in several words as one, and of things sized alike the one whose range holds the size said', () => {
    const pots = entitiesIn({ classes: [
      { id: 'k1', name: '拉坯体验（1小时）', price: 98 }, { id: 'k2', name: '拉坯体验（2小时）', price: 168 },
      { id: 'k3', name: '场地布置（50㎡以内）', price: 300 }, { id: 'k4', name: '场地布置（50～100㎡）', price: 520 },
    ] });
    expect(comparedLine(['工作室80平，做一次场地布置要多少钱？；比2小时的拉坯体验贵出多少'], pots, 'zh')).toBe('场地布置（50～100㎡） ¥520.00，拉坯体验（2小时） ¥168.00：拉坯体验（2小时）便宜 ¥352.00。');
  });

  it('prices a quote\'s things by what each comes to where they name no price', () => {
    const quote = entitiesIn({ rooms: [
      { roomTypeId: 'r1', name: '海景大床房', nightly: [{ date: '2026-11-21', price: 520 }], roomTotal: 520, breakfastTotal: 60, total: 580 },
      { roomTypeId: 'r2', name: '园景双床房', nightly: [{ date: '2026-11-21', price: 380 }], roomTotal: 380, breakfastTotal: 60, total: 440 },
    ] });
    expect(comparedLine(['海景大床房跟园景双床房差多少钱'], quote, 'zh')).toBe('海景大床房 ¥580.00，园景双床房 ¥440.00：园景双床房便宜 ¥140.00。');
  });

  it('finds things listed only in Chinese by their everyday English words', () => {
    const line = comparedLine(["what's the price gap between the digital thermometer and the forehead gun? get me the cheaper one"], devices, 'en');
    expect(line).toContain('儿童电子体温计 ¥45.00');
    expect(line).toContain('家用额温枪 ¥118.50');
    expect(line).toMatch(/: 儿童电子体温计 is ¥73\.50 cheaper\.$/);
  });

  it('compares two places named, each by the cheapest of its own things listed', () => {
    // sailings of one ferry line from three piers, each with its fares
    const sailings = entitiesIn({ sailings: [
      { sailingId: 's1', route: '云溪→青屿', pierName: '云溪东港码头', time: '08:00', prices: { standard: 60, deck: 90 } },
      { sailingId: 's2', route: '云溪→青屿', pierName: '云溪东港码头', time: '13:00', prices: { standard: 55, deck: 85 } },
      { sailingId: 's3', route: '云溪→青屿', pierName: '云溪西港码头', time: '09:30', prices: { standard: 48, deck: 78 } },
      { sailingId: 's4', route: '云溪→青屿', pierName: '云溪北港码头', time: '10:00', prices: { standard: 52, deck: 80 } },
    ] });
    expect(comparedLine(['明天去青屿，东港和西港哪家便宜？就在便宜那边买两张'], sailings, 'zh')).toBe('云溪东港码头 ¥55.00，云溪西港码头 ¥48.00：云溪西港码头便宜 ¥7.00。');
    // (the name all of them share, the route, is no place to compare)
    expect(comparedLine(['云溪→青屿哪个便宜'], sailings, 'zh')).toBeUndefined();
  });

  it('says which owes more of two amounts owed', () => {
    const owed = entitiesIn({ accounts: [{ id: 'a1', name: '停车费', due: 120 }, { id: 'a2', name: '物业费', due: 300.5 }] });
    expect(comparedLine(['停车费物业费这俩，哪个欠得多就先交哪个'], owed, 'zh')).toBe('停车费 ¥120.00，物业费 ¥300.50：物业费多 ¥180.50。');
  });

  it('says nothing where the question names fewer than two priced things', () => {
    expect(comparedLine(['经济舱比别家便宜多少'], fares, 'zh')).toBeUndefined();
    expect(comparedLine(['经济舱跟商务舱都有吗'], fares, 'zh')).toBeUndefined();
  });
});

describe('what one mini-program listed so far', () => {
  it('is every thing its successful results named, once', () => {
    const transcript: Transcript[] = [
      { role: 'tool-result', callId: 'a', toolId: 'ferry.listCabins', isError: false, content: '', structuredContent: { cabins: [{ id: 'c1', name: '经济舱', price: 80 }] } },
      { role: 'tool-result', callId: 'b', toolId: 'ferry.listCabins', isError: false, content: '', structuredContent: { cabins: [{ id: 'c1', name: '经济舱', price: 80 }, { id: 'c2', name: '商务舱', price: 150 }] } },
      { role: 'tool-result', callId: 'c', toolId: 'tea.listTeas', isError: false, content: '', structuredContent: { teas: [{ id: 't1', name: '乌龙', price: 20 }] } },
    ];
    expect(listedOf('ferry', transcript).map((e) => e.id)).toEqual(['c1', 'c2']);
  });
});

describe('a price comparison of two things counted, asked of a list', () => {
  // an invented herb counter
  const catalog = testCatalog([
    { appId: 'herbs', appName: '草本堂', api: 'listGoods', readOnly: true, description: '查询草本堂的商品和价格，返回 goodsId。' },
    { appId: 'herbs', appName: '草本堂', api: 'placeOrder', description: '下单购买草本堂的商品。', inputSchema: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { type: 'object', properties: { goodsId: { type: 'string', description: '商品 ID，来自 listGoods' }, qty: { type: 'integer' } } } } } } },
  ]);
  const goods = { goods: [{ goodsId: 'g1', name: '罗汉果润喉糖', price: 18.5 }, { goodsId: 'g2', name: '菊花草本茶', price: 26 }, { goodsId: 'g3', name: '陈皮', price: 32 }] };
  const input = (transcript: Transcript[], memo?: unknown): PlannerInput => ({ transcript, user: { id: 'u', name: 'U', lang: 'zh', city: undefined, preferences: {} }, catalog, clock: { now: () => new Date('2027-03-10T02:00:00Z'), timeZone: 'Asia/Shanghai' }, memo, knownIds: [] });

  it('is answered with the two prices and the gap, not an order and not the whole list', async () => {
    const planner = new LocalPlanner();
    const said: Transcript[] = [{ role: 'user', text: '一盒润喉糖和一盒草本茶，哪款便宜，差几块？' }];
    const first = await planner.next(input(said));
    expect(first).toMatchObject({ type: 'call', toolId: 'herbs.listGoods' });
    const read: Transcript[] = [...said, { role: 'tool-call', callId: 'c1', toolId: 'herbs.listGoods', arguments: {} }, { role: 'tool-result', callId: 'c1', toolId: 'herbs.listGoods', isError: false, content: '3 件商品：罗汉果润喉糖 ¥18.5；菊花草本茶 ¥26；陈皮 ¥32。', structuredContent: goods }];
    const second = await planner.next(input(read, first.memo));
    expect(second).toMatchObject({ type: 'reply', text: '罗汉果润喉糖 ¥18.50，菊花草本茶 ¥26.00：罗汉果润喉糖便宜 ¥7.50。' });
  });
});

import { describe, expect, it } from 'vitest';
import type { Transcript } from '../planner.ts';
import { LocalPlanner } from './local-planner.ts';
import { asksForName, keywordSearches, nextProbe, skillsSay, oneApp, probedApp, startProbe, unknownNames } from './probe-search.ts';
import { testCatalog } from './test-catalog.ts';

// two invented shops that search by words, and a ride service that does not
const catalog = () => testCatalog([
  { appId: 'herbs', appName: '百草堂', api: 'searchGoods', readOnly: true, description: '按关键词搜索药品', inputSchema: { type: 'object', properties: { keyword: { type: 'string', description: '商品名或关键词' } } } },
  { appId: 'herbs', appName: '百草堂', api: 'createOrder', description: '下单', inputSchema: { type: 'object', properties: { goodsId: { type: 'string' } }, required: ['goodsId'] } },
  { appId: 'tea', appName: '茶铺', api: 'findTeas', readOnly: true, description: '查茶叶', inputSchema: { type: 'object', properties: { query: { type: 'string', description: 'search words' } } } },
  { appId: 'ride', appName: '打车', api: 'quote', readOnly: true, description: '估价', inputSchema: { type: 'object', properties: { from: { type: 'string' }, to: { type: 'string' }, car: { type: 'string', enum: ['XL', 'Comfort'] } }, required: ['from', 'to'] } },
], { 'herbs.searchGoods': ['青蒿素片', 'KN90口罩'], 'tea.findTeas': ['西湖龙井'] });

describe('a name no list knows', () => {
  it('is a word with a capital inside a sentence, or letters and digits together', () => {
    expect(unknownNames('How much is Zyrtec? Two boxes please', catalog())).toEqual(['Zyrtec']);
    expect(unknownNames('get me some FFP2s', catalog())).toEqual(['FFP2']);
  });

  it('is not a name a list knows, a day, a city, a place spelled in pinyin, or a word of an address', () => {
    expect(unknownNames('a pack of KN90s on Monday in Hangzhou', catalog())).toEqual([]);
    // an option some API lists is a choice, no name
    expect(unknownNames('a Comfort car to the pier, and a box of Zyrtec', catalog())).toEqual(['Zyrtec']);
    expect(unknownNames('deliver to 12 Harbour Street, Plaza 5 Tower 2', catalog())).toEqual([]);
    expect(unknownNames('from the Xujiahui store', catalog())).toEqual([]);
  });

  it('is not a value a parameter takes whole by its pattern (a ferry ticket number)', () => {
    const withTickets = testCatalog([
      ...['herbs', 'tea'].map((appId) => ({ appId, appName: appId, api: 'search', readOnly: true, description: '按关键词搜索', inputSchema: { type: 'object' as const, properties: { keyword: { type: 'string' as const } } } })),
      { appId: 'ferry', appName: '轮渡', api: 'ticketStatus', readOnly: true, description: '查船票', inputSchema: { type: 'object', properties: { ticketNo: { type: 'string', pattern: '^FT\\d{8}$' } }, required: ['ticketNo'] } },
    ]);
    expect(unknownNames('where is my ticket FT20261120', withTickets)).toEqual([]);
    expect(unknownNames('do you sell Vantrel', withTickets)).toEqual(['Vantrel']);
  });
});

describe('the searches a probe calls', () => {
  it('are each mini-program\'s search by words, never an API that needs more', () => {
    expect(keywordSearches(catalog())).toEqual([{ toolId: 'herbs.searchGoods', param: 'keyword' }, { toolId: 'tea.findTeas', param: 'query' }]);
  });

  it('find the one mini-program that lists the name, and the request is planned again for it', () => {
    const probe = startProbe('How much is Zyrtec?', catalog())!;
    const first = nextProbe(probe, []);
    expect(first).toEqual({ toolId: 'herbs.searchGoods', arguments: { keyword: 'Zyrtec' } });
    const found: Transcript = { role: 'tool-result', callId: 'a', toolId: 'herbs.searchGoods', isError: false, content: '', structuredContent: { goods: [{ goodsId: 'g9', name: '马拉隆' }] } };
    const second = nextProbe(probe, [found]);
    expect(second).toEqual({ toolId: 'tea.findTeas', arguments: { query: 'Zyrtec' } });
    const none: Transcript = { role: 'tool-result', callId: 'b', toolId: 'tea.findTeas', isError: false, content: '', structuredContent: { teas: [] } };
    expect(nextProbe(probe, [none])).toBeUndefined();
    expect(probedApp(probe, { goals: [{ toolId: 'ride.quote' }] } as never)).toBe('herbs');
    expect(probedApp(probe, { goals: [{ toolId: 'herbs.createOrder' }] } as never)).toBeUndefined();
  });

  it('is not started where only one mini-program searches by words', () => {
    const one = testCatalog([{ appId: 'herbs', appName: '百草堂', api: 'searchGoods', readOnly: true, description: '搜索', inputSchema: { type: 'object', properties: { keyword: { type: 'string' } } } }]);
    expect(startProbe('How much is Zyrtec?', one)).toBeUndefined();
  });
});

describe('the catalog as one mini-program\'s', () => {
  it('lists and searches only that one', () => {
    const only = oneApp(catalog(), 'tea');
    expect(only.apps().map((a) => a.appId)).toEqual(['tea']);
    expect(only.searchScored('药品 关键词').every((h) => h.tool.appId === 'tea')).toBe(true);
  });

  it('lists the name its search found as that search\'s own, so a question of it goes to the search', () => {
    const tools = catalog().toolsOf('tea');
    const search = tools[0]!;
    const only = oneApp(catalog(), 'tea', { toolId: search.id, name: 'Zyrtec' });
    expect(only.resultNames?.('tea')).toContain('Zyrtec');
    expect(only.apiResultNames?.(search.id)).toContain('Zyrtec');
    expect(tools.slice(1).every((t) => !only.apiResultNames?.(t.id).includes('Zyrtec'))).toBe(true);
  });
});

describe('the planner with a name no list knows', () => {
  const clock = { now: () => new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' };
  const user = { id: 'u', name: 'U', lang: 'en' as const, city: '上海', preferences: {} };
  /** Runs the planner on one message, answering each search with `found` (by tool) until it replies or calls something else. */
  async function run(text: string, found: Record<string, unknown[]>) {
    const planner = new LocalPlanner();
    const transcript: Transcript[] = [{ role: 'user', text }];
    const calls: string[] = [];
    let memo: unknown;
    for (let i = 0; i < 6; i++) {
      const step = await planner.next({ transcript, user, catalog: catalog(), clock, memo, knownIds: [] });
      memo = step.memo;
      if (step.type === 'reply') return { calls, reply: step.text };
      calls.push(`${step.toolId} ${JSON.stringify(step.arguments)}`);
      const probe = found[step.toolId];
      if (!probe) return { calls };
      transcript.push({ role: 'tool-call', callId: `c${i}`, toolId: step.toolId, arguments: step.arguments });
      transcript.push({ role: 'tool-result', callId: `c${i}`, toolId: step.toolId, isError: false, content: '', structuredContent: { items: probe } });
    }
    return { calls };
  }

  it('asks each search once with the name alone, then goes to the one that found it', async () => {
    const { calls } = await run('How much is Zyrtec?', { 'herbs.searchGoods': [{ goodsId: 'g9', name: '西替利嗪片' }], 'tea.findTeas': [] });
    expect(calls.slice(0, 2)).toEqual(['herbs.searchGoods {"keyword":"Zyrtec"}', 'tea.findTeas {"query":"Zyrtec"}']);
    expect(calls[2]?.startsWith('herbs.')).toBe(true);
  });

  it('says which services it looked the name up in where none finds it, and lists nothing else', async () => {
    const { calls, reply } = await run('Do you have Zyrtec? How much is a box?', { 'herbs.searchGoods': [], 'tea.findTeas': [] });
    expect(calls).toEqual(['herbs.searchGoods {"keyword":"Zyrtec"}', 'tea.findTeas {"query":"Zyrtec"}']);
    expect(reply).toContain('"Zyrtec"');
    expect(reply).toContain('百草堂');
    expect(reply).toContain('茶铺');
    expect(reply).not.toMatch(/can do/);
  });
});

describe('a name a mini-program\'s own words say', () => {
  it('is a kind of what it serves, not a thing no one has', () => {
    const withGongfu = testCatalog([
      { appId: 'tea', appName: '茶铺', api: 'findTeas', readOnly: true, description: '查茶叶和 Gongfu 茶具', inputSchema: { type: 'object', properties: { query: { type: 'string' } } } },
      { appId: 'ferry', appName: '轮渡', api: 'sailings', readOnly: true, description: '查航班', inputSchema: { type: 'object', properties: { deck: { type: 'string', enum: ['VIP', 'main'] } } } },
    ]);
    expect(skillsSay('Gongfu', withGongfu)).toBe(true);
    expect(skillsSay('VIP', withGongfu)).toBe(true);
    expect(skillsSay('Vantrel', withGongfu)).toBe(false);
  });
});

describe('whether the name looked up is what a request asks for', () => {
  it('is, said as the thing wanted', () => {
    expect(asksForName('Do you have Zyrtec?', 'Zyrtec')).toBe(true);
    expect(asksForName('有没有Zyrtec？多少钱一盒', 'Zyrtec')).toBe(true);
  });

  it('is not, said as where', () => {
    expect(asksForName('What teas are there at Harbourside tonight?', 'Harbourside')).toBe(false);
    expect(asksForName('在Aurora附近有什么茶', 'Aurora')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { answerAlong, asksAlong, lineAbout } from './answer-along.ts';
import type { Goal } from './memo.ts';

const tool = (api: string, inputSchema: Tool['inputSchema'], readOnly = false) =>
  ({ id: `shop.${api}`, appId: 'shop', api, skill: 's', description: '', inputSchema, siblings: ['getMenu', 'listStores', 'placeOrder'], ...(readOnly ? { annotations: { readOnlyHint: true } } : {}) }) as unknown as Tool;
const menu = tool('getMenu', { type: 'object', properties: {} }, true);
const stores = tool('listStores', { type: 'object', properties: {} }, true);
const order = tool('placeOrder', {
  type: 'object', required: ['storeId', 'items'],
  properties: {
    storeId: { type: 'string', description: '门店 ID，来自 listStores' },
    items: { type: 'array', items: { type: 'object', properties: { drinkId: { type: 'string', description: '饮品 ID，来自 getMenu' }, qty: { type: 'integer' } } } },
  },
});
const transcript: Transcript[] = [
  { role: 'tool-result', callId: '1', toolId: 'shop.listStores', isError: false, content: '共 2 家门店：国贸店（07:00–21:00）、中关村店（07:30–22:00）。', structuredContent: { stores: [{ id: 's1', name: '国贸店' }, { id: 's2', name: '中关村店' }] } },
  { role: 'tool-result', callId: '2', toolId: 'shop.getMenu', isError: false, content: '菜单：美式咖啡 ¥15、拿铁 ¥18、桃桃乌龙 ¥16、芒果椰椰 ¥19。', structuredContent: { drinks: [{ id: 'd01', name: '美式咖啡' }, { id: 'd02', name: '拿铁' }, { id: 'd13', name: '桃桃乌龙' }, { id: 'd14', name: '芒果椰椰' }] } },
];

describe('a question asked beside an act', () => {
  it('hears the question beside the act', () => {
    expect(asksAlong('桃桃乌龙多少钱？来一杯大杯少冰的，中关村店自取')).toBe(true);
    expect(asksAlong('来一杯大杯少冰的桃桃乌龙，中关村店自取')).toBe(false);
  });

  it('answers it from the list read on the way, about the thing asked (the drink, not the store)', () => {
    const goal: Goal = {
      text: '桃桃乌龙多少钱？来一杯大杯少冰的，中关村店自取', toolId: 'shop.placeOrder', status: 'open', attempts: 0, wanted: [], answers: [],
      args: { storeId: 's2', items: [{ drinkId: 'd13', qty: 1 }] }, decided: ['storeId', 'items'],
    };
    expect(answerAlong(goal, order, [menu, stores, order], transcript)).toEqual(['桃桃乌龙 ¥16']);
  });

  it('answers a price asked of a thing by a short name, in a list that gives codes after names, with the line that has the price', () => {
    const shelf: Transcript[] = [
      { role: 'tool-result', callId: '1', toolId: 'shop.listStores', isError: false, content: '共 2 家门店：滨河路店（storeId s1，滨河路1号，08:00-22:00）；北门店（storeId s2，北门街2号）。', structuredContent: { stores: [{ storeId: 's1', name: '滨河路店' }, { storeId: 's2', name: '北门店' }] } },
      { role: 'tool-result', callId: '2', toolId: 'shop.getMenu', isError: false, content: '菜单：冰滴咖啡大瓶 500ml ¥32.00（drinkId d07）；热可可 ¥21.00（drinkId d08）。', structuredContent: { drinks: [{ drinkId: 'd07', name: '冰滴咖啡大瓶 500ml' }, { drinkId: 'd08', name: '热可可' }] } },
    ];
    const goal: Goal = {
      text: '滨河路店冰滴多少钱一瓶？给我来两瓶', toolId: 'shop.placeOrder', status: 'open', attempts: 0, wanted: [], answers: [],
      args: { storeId: 's1', items: [{ drinkId: 'd07', qty: 2 }] }, decided: ['storeId', 'items'],
    };
    expect(answerAlong(goal, order, [menu, stores, order], shelf)).toEqual(['冰滴咖啡大瓶 500ml ¥32.00（drinkId d07）']);
    // 「X店有没有…」: the thing ordered is what is asked about, not the store named beside it
    expect(answerAlong({ ...goal, text: '滨河路店有没有冰滴咖啡大瓶？给我来两瓶' }, order, [menu, stores, order], shelf)).toEqual(['冰滴咖啡大瓶 500ml ¥32.00（drinkId d07）']);
    // when the place it is fetched from is open: its line, where it says its hours
    const pickup = { ...goal, text: '滨河路店自取两杯热可可，几点前能去拿', args: { storeId: 's1', items: [{ drinkId: 'd08', qty: 2 }] } };
    expect(asksAlong(pickup.text)).toBe(true);
    expect(answerAlong(pickup, order, [menu, stores, order], shelf)).toEqual(['滨河路店（storeId s1，滨河路1号，08:00-22:00）']);
    expect(answerAlong({ ...pickup, text: '北门店自取两杯热可可，开到几点', args: { ...pickup.args, storeId: 's2' } }, order, [menu, stores, order], shelf)).toEqual([]);
  });

  it('takes the stretch of a list about one thing: from its name or ID to the next thing', () => {
    const shows = [{ id: 'c2-1000', names: ['c2-1000'] }, { id: 'c2-1700', names: ['c2-1700'] }];
    expect(lineAbout('找到 2 个场次： c2-1000：10:00《熊猫快递》普通座¥52.00 c2-1700：17:00《熊猫快递》普通座¥52.00', shows[0]!, shows)).toBe('10:00《熊猫快递》普通座¥52.00');
  });

  it('starts a line named inside brackets where the brackets open (「东港轮渡 船票（编号 7788）」)', () => {
    const tickets = [{ id: 't1', names: ['7788'] }, { id: 't2', names: ['9900'] }];
    const content = '您的船票：东港轮渡 往返票（编号 7788）：11-22 08:00 ¥35；西港轮渡 单程票（编号 9900）：11-23 09:00 ¥20。';
    expect(lineAbout(content, tickets[0]!, tickets, { fromName: true })).toBe('东港轮渡 往返票（编号 7788）：11-22 08:00 ¥35');
  });

  it('answers a price asked in words no list shares with the line of the one thing ordered', () => {
    const sailings = tool('listSailings', { type: 'object', properties: {} }, true);
    const book = tool('bookSailing', { type: 'object', required: ['sailingId'], properties: { sailingId: { type: 'string', description: '航班 ID，来自 listSailings' }, qty: { type: 'integer' } } });
    const read: Transcript[] = [{ role: 'tool-result', callId: '1', toolId: 'shop.listSailings', isError: false, content: '找到 1 个航班：\nf-1722：17:20 东港→北岛，经济舱¥48.00(余30)/包厢¥86.00(余4)', structuredContent: { sailings: [{ id: 'f-1722', time: '17:20' }] } }];
    const goal: Goal = { text: "How much is a cabin on the evening boat? If it's under 90, book two", toolId: 'shop.bookSailing', status: 'open', attempts: 0, wanted: [], answers: [], args: { sailingId: 'f-1722', qty: 2 }, decided: ['sailingId'] };
    expect(answerAlong(goal, book, [sailings, book], read)).toEqual(['17:20 东港→北岛，经济舱¥48.00(余30)/包厢¥86.00(余4)']);
    // a question that asks no price is not answered with one
    expect(answerAlong({ ...goal, text: 'Is the evening boat running? Book two' }, book, [sailings, book], read)).toEqual([]);
  });

  it('answers a price asked of a thing by the word a search found it by', () => {
    const shelf = tool('getMenu', { type: 'object', properties: { keyword: { type: 'string', description: '商品名或俗称' } } }, true);
    const read: Transcript[] = [
      { role: 'tool-call', callId: '1', toolId: 'shop.getMenu', arguments: {} },
      { role: 'tool-result', callId: '1', toolId: 'shop.getMenu', isError: false, content: '菜单：菊花茶 ¥12（drinkId d1）；酸梅汤 ¥9（drinkId d2）。', structuredContent: { drinks: [{ drinkId: 'd1', name: '菊花茶' }, { drinkId: 'd2', name: '酸梅汤' }] } },
      { role: 'tool-call', callId: '2', toolId: 'shop.getMenu', arguments: { keyword: 'Chrysanthemum' } },
      { role: 'tool-result', callId: '2', toolId: 'shop.getMenu', isError: false, content: '菜单：菊花茶 ¥12（drinkId d1）。', structuredContent: { drinks: [{ drinkId: 'd1', name: '菊花茶' }] } },
    ];
    const goal: Goal = { text: 'How much is Chrysanthemum? Send two cups plus a plum drink', toolId: 'shop.placeOrder', status: 'open', attempts: 0, wanted: [], answers: [], args: { storeId: 's1', items: [{ drinkId: 'd1', qty: 2 }, { drinkId: 'd2', qty: 1 }] }, decided: ['storeId', 'items'] };
    expect(answerAlong(goal, order, [shelf, stores, order], read)).toEqual(['菊花茶 ¥12（drinkId d1）']);
  });
});

describe('the line about a thing whose name also stands in another\'s line', () => {
  it('is the line it heads, not a piece of the other', () => {
    const content = '可随船加购的餐食：双人餐（大份薯条+2杯柠檬茶）(m2) ¥49.90；大份薯条(m3) ¥22.00；柠檬茶(m4) ¥12.00。';
    const meals = [{ id: 'm2', names: ['双人餐'] }, { id: 'm3', names: ['大份薯条'] }, { id: 'm4', names: ['柠檬茶'] }];
    expect(lineAbout(content, meals[1]!, meals, { fromName: true })).toBe('大份薯条(m3) ¥22.00');
  });
});

describe('the line of a thing whose code comes after its words', () => {
  it('is the words before the code, from where the line begins (a clock is no break)', () => {
    const content = '找到 2 节课：2026-11-21 10:00-11:00 东港店 陶艺入门（周老师）¥88 余3位 sessionId=s7；2026-11-21 14:00-15:00 东港店 拉坯（吴老师）¥128 余2位 sessionId=s8。请展示课程卡片。';
    const sessions = [{ id: 's7', names: ['s7'] }, { id: 's8', names: ['s8'] }];
    expect(lineAbout(content, sessions[1]!, sessions)).toBe('2026-11-21 14:00-15:00 东港店 拉坯（吴老师）¥128 余2位 sessionId=s8');
    expect(lineAbout(content, sessions[1]!, sessions, { fromName: true })).toBe('2026-11-21 14:00-15:00 东港店 拉坯（吴老师）¥128 余2位 sessionId=s8');
  });
});

describe('who or when, asked beside the act', () => {
  it('is the line of the one thing the order is for', () => {
    const sessions = tool('listSessions', { type: 'object', properties: {} }, true);
    const book = tool('bookSession', { type: 'object', required: ['sessionId'], properties: { sessionId: { type: 'string', description: '课程 ID，来自 listSessions' } } });
    const read: Transcript[] = [{ role: 'tool-result', callId: '1', toolId: 'shop.listSessions', isError: false, content: '找到 2 节课：2026-11-21 10:00-11:00 东港店 陶艺入门（周老师）¥88 sessionId=s7；2026-11-23 14:00-15:00 东港店 陶艺入门（周老师）¥88 sessionId=s8。', structuredContent: { sessions: [{ sessionId: 's7' }, { sessionId: 's8' }] } }];
    const goal: Goal = {
      text: 'Whose pottery session is it at the east studio, and when is it? Put me down for it', toolId: 'shop.bookSession', status: 'open', attempts: 0, wanted: [], answers: [],
      args: { sessionId: 's7' }, decided: ['sessionId'],
    };
    expect(asksAlong(goal.text)).toBe(true);
    expect(answerAlong(goal, book, [sessions, book], read)).toEqual(['2026-11-21 10:00-11:00 东港店 陶艺入门（周老师）¥88 sessionId=s7']);
  });
});


describe('a fact asked of the thing an order is of, not the thing ordered', () => {
  const routes = tool('listRoutes', { type: 'object', properties: {} }, true);
  const sailings = tool('searchSailings', { type: 'object', properties: { routeId: { type: 'string', description: '航线 ID，来自 listRoutes' } } }, true);
  const buy = tool('buyTicket', { type: 'object', required: ['sailingId'], properties: { sailingId: { type: 'string', description: '班次 ID，来自 searchSailings' }, qty: { type: 'integer' } } });
  const read: Transcript[] = [
    { role: 'user', text: '云溪到青屿的船要坐多久？周日上午那班给我来两张' },
    { role: 'tool-result', callId: '1', toolId: 'shop.listRoutes', isError: false, content: '共 2 条航线：云溪—青屿（r1，航程 95分钟）；东港—西港（r2，航程 40分钟）。', structuredContent: { routes: [{ id: 'r1', name: '云溪—青屿' }, { id: 'r2', name: '东港—西港' }] } },
    { role: 'tool-result', callId: '2', toolId: 'shop.searchSailings', isError: false, content: '找到 1 个班次：s9：11-22 09:30 云溪—青屿 普通舱¥80。', structuredContent: { sailings: [{ sailingId: 's9', routeId: 'r1', time: '09:30' }] } },
  ];

  it('answers how long from the list that names it, read on the way', () => {
    const goal: Goal = {
      text: '云溪—青屿的船要坐多久？周日上午那班给我来两张', toolId: 'shop.buyTicket', status: 'open', attempts: 0, wanted: [], answers: [],
      args: { sailingId: 's9', qty: 2 }, decided: ['sailingId', 'qty'],
    };
    expect(answerAlong(goal, buy, [routes, sailings, buy], read)).toEqual(['云溪—青屿（r1，航程 95分钟）']);
  });
});

describe('what the thing ordered is for, or its price, asked beside the order', () => {
  // an invented herb counter: each remedy says what it is for; the order's lines are remedies
  const herbTool = (api: string, inputSchema: Tool['inputSchema'], readOnly = false) =>
    ({ id: `herb.${api}`, appId: 'herb', api, skill: 's', description: '', inputSchema, siblings: ['listShops', 'listHerbs', 'buy'], ...(readOnly ? { annotations: { readOnlyHint: true } } : {}) }) as unknown as Tool;
  const shops = herbTool('listShops', { type: 'object', properties: {} }, true);
  const herbs = herbTool('listHerbs', { type: 'object', properties: {} }, true);
  const buy = herbTool('buy', {
    type: 'object', required: ['shopId', 'items'],
    properties: { shopId: { type: 'string', description: '门店 ID，来自 listShops' }, items: { type: 'array', items: { type: 'object', properties: { herbId: { type: 'string', description: '来自 listHerbs' }, qty: { type: 'integer' } } } } },
  });
  const read: Transcript[] = [
    { role: 'tool-result', callId: '1', toolId: 'herb.listShops', isError: false, content: '共 1 家：东港店（08:00-22:00）。', structuredContent: { shops: [{ id: 's1', name: '东港店' }] } },
    { role: 'tool-result', callId: '2', toolId: 'herb.listHerbs', isError: false, content: '共 2 件：柴胡滴丸 ¥18.00（h1）；白芍颗粒 ¥22.00（h3）。', structuredContent: { herbs: [{ herbId: 'h1', name: '柴胡滴丸', price: 18, use: '外感发热' }, { herbId: 'h3', name: '白芍颗粒', price: 22, use: '成人及儿童腹泻' }] } },
  ];
  const goal = (text: string, herbId: string): Goal => ({ text, toolId: 'herb.buy', status: 'open', attempts: 0, wanted: [], answers: [], args: { shopId: 's1', items: [{ herbId, qty: 2 }] }, decided: ['shopId', 'items'] });

  it('is said in the thing\'s own words (「这个是治什么的」, "is it ok for kids?")', () => {
    expect(asksAlong('东港店买两盒白芍颗粒，自取，这个是治什么的')).toBe(true);
    expect(answerAlong(goal('东港店买两盒白芍颗粒，自取，这个是治什么的', 'h3'), buy, [shops, herbs, buy], read)).toEqual(['白芍颗粒：成人及儿童腹泻']);
    expect(answerAlong(goal('Two boxes of Baishao granules from East Harbour for pickup. Is it ok for kids?', 'h3'), buy, [shops, herbs, buy], read)).toEqual(['白芍颗粒：成人及儿童腹泻']);
  });

  it('is the line of the one thing ordered where a price is asked and nothing else says one (「多少钱一盒」)', () => {
    expect(answerAlong(goal('东港店买两盒柴胡滴丸，自取，多少钱一盒', 'h1'), buy, [shops, herbs, buy], read)).toEqual(['柴胡滴丸 ¥18.00（h1）']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { fillArgs, latestEntities } from './fill-args.ts';
import { newGoal } from './goals.ts';

const clubs: Transcript = {
  role: 'tool-result', callId: 'c1', toolId: 'gym.listClubs', isError: false, content: '',
  structuredContent: {
    clubs: [
      { clubId: 'c1', name: '国贸店', coaches: [{ coachId: 'k1', name: '林悦' }] },
      { clubId: 'c2', name: '望京店', coaches: [{ coachId: 'k7', name: '王蕾' }, { coachId: 'k4', name: '赵刚' }] },
    ],
  },
};

describe('the entities a result lists', () => {
  it('reads every nested list under the key, not only the first (each club\'s coaches)', () => {
    const coaches = latestEntities([clubs], 'gym.listClubs', { listKey: 'coaches', idKey: 'coachId' });
    expect(coaches?.map((c) => c.id)).toEqual(['k1', 'k7', 'k4']);
    expect(latestEntities([clubs], 'gym.listClubs', { listKey: 'clubs', idKey: 'clubId' })?.map((c) => c.id)).toEqual(['c1', 'c2']);
  });
});

describe('an order filled from one request', () => {
  const tool = (api: string, inputSchema: Tool['inputSchema'], readOnly = false): Tool => ({
    id: `shop.${api}`, appId: 'shop', appName: '药房', version: 'v1', skill: 'skills/s', api, description: '', inputSchema,
    ...(readOnly ? { annotations: { readOnlyHint: true } } : {}), siblings: ['searchProducts', 'createOrder', 'listHotels', 'createBooking'],
  });
  const searchProducts = tool('searchProducts', { type: 'object', properties: { keyword: { type: 'string' } } }, true);
  const createOrder = tool('createOrder', {
    type: 'object', required: ['items', 'address'],
    properties: {
      items: { type: 'array', description: '要买的商品', items: { type: 'object', required: ['productId', 'qty'], properties: { productId: { type: 'string', description: '商品ID，来自 searchProducts' }, qty: { type: 'integer', description: '数量，用户没说时为 1' } } } },
      address: { type: 'string', description: '外送时必填：用户告诉你的详细收货地址' },
    },
  });
  const listHotels: Tool = {
    ...tool('listHotels', { type: 'object', properties: {} }, true),
    outputSchema: {
      type: 'object',
      properties: {
        hotels: { type: 'array', items: { type: 'object', properties: { hotelId: { type: 'string' }, name: { type: 'string' }, roomTypes: { type: 'array', items: { type: 'object', properties: { roomTypeId: { type: 'string' }, name: { type: 'string' } } } } } } },
      },
    },
  };
  const createBooking = tool('createBooking', {
    type: 'object', required: ['hotelId', 'roomTypeId'],
    properties: { hotelId: { type: 'string', description: '酒店ID，来自 listHotels' }, roomTypeId: { type: 'string', description: '房型ID，来自 listHotels' } },
  });
  const siblings = [searchProducts, createOrder, listHotels, createBooking];
  const env = (target: Tool, text: string, transcript: Transcript[]) => ({
    texts: [text], now: new Date('2026-11-24T11:30:00Z'), timeZone: 'Asia/Shanghai', userCity: undefined,
    tool: target, transcript, siblings, sibling: (api: string) => siblings.find((t) => t.api === api),
  });
  const result = (toolId: string, structuredContent: Record<string, unknown>): Transcript => ({ role: 'tool-result', callId: 'r', toolId, isError: false, content: '', structuredContent });
  const products = result('shop.searchProducts', { products: [{ productId: 'p09', name: '欧姆龙电子体温计' }, { productId: 'p07', name: '医用外科口罩' }, { productId: 'p13', name: '蒙脱石散（思密达）' }] });

  it('orders a thing once where the request names it again without counting it, and reads the address said', () => {
    const goal = newGoal('', createOrder);
    const text = '家里体温计摔坏了，给我送个体温计，再带两包外科口罩，送到徐汇区天钥桥路500弄3号1202';
    expect(fillArgs(goal, env(createOrder, text, [products])).type).toBe('ready');
    expect(goal.args).toEqual({ address: '徐汇区天钥桥路500弄3号1202', items: [{ productId: 'p09', qty: 1 }, { productId: 'p07', qty: 2 }] });

    const again = newGoal('', createOrder);
    fillArgs(again, env(createOrder, '买一盒思密达，送到静安区愚园路68号；要是别的不能买就只要思密达', [products]));
    expect(again.args.items).toEqual([{ productId: 'p13', qty: 1 }]);
  });

  it('leaves out what the list marks as not orderable, says why, and orders the rest (「一盒头孢加一盒思密达」)', () => {
    const listed = result('shop.searchProducts', { products: [{ productId: 'p12', name: '头孢克肟分散片', prescriptionOnly: true }, { productId: 'p13', name: '蒙脱石散（思密达）', prescriptionOnly: false }] });
    const goal = newGoal('静安寺店买一盒头孢加一盒思密达，送到静安区愚园路68号', createOrder);
    expect(fillArgs(goal, env(createOrder, goal.text, [listed])).type).toBe('ready');
    expect(goal.args.items).toEqual([{ productId: 'p13', qty: 1 }]);
    expect(goal.notices?.join()).toContain('处方');

    // the item left keeps its own count, not the first one said
    const herbs = result('shop.searchProducts', { products: [{ productId: 'h1', name: '青蒿素片', prescriptionOnly: true }, { productId: 'h2', name: '枇杷润喉糖', prescriptionOnly: false }] });
    const counted = newGoal('东门店买一盒青蒿素片，再来三袋枇杷润喉糖，送到南湖路9号', createOrder);
    fillArgs(counted, env(createOrder, counted.text, [herbs]));
    expect(counted.args.items).toEqual([{ productId: 'h2', qty: 3 }]);

    const only = newGoal('买一盒头孢，送到静安区愚园路68号', createOrder);
    const need = fillArgs(only, env(createOrder, only.text, [listed]));
    expect(need).toMatchObject({ type: 'ask', say: expect.stringContaining('未下单') });
  });

  it('finds for an English request the one thing a list named in Chinese calls by the word it says ("a thermometer"), not a kind of things', () => {
    const goal = newGoal('', createOrder);
    fillArgs(goal, env(createOrder, 'Please deliver a thermometer to 88 Huancheng North Road, Hangzhou.', [products]));
    expect(goal.args.items).toEqual([{ productId: 'p09', qty: 1 }]);
    const hotels = result('shop.listHotels', { hotels: [{ hotelId: 'H01', name: '外滩店', roomTypes: [{ roomTypeId: 'H01-STD', name: '高级大床房' }, { roomTypeId: 'H01-TWN', name: '高级双床房' }] }] });
    const booking = newGoal('', createBooking);
    fillArgs(booking, env(createBooking, 'I want a room at the Bund hotel', [hotels]));
    expect(booking.args.roomTypeId).toBeUndefined();
  });

  it('chooses a room type of the hotel chosen, not the same-named one of another hotel', () => {
    const hotels = result('shop.listHotels', {
      hotels: [
        { hotelId: 'H01', name: '外滩店', roomTypes: [{ roomTypeId: 'H01-TWN', name: '高级双床房' }] },
        { hotelId: 'H04', name: '西湖店', roomTypes: [{ roomTypeId: 'H04-TWN', name: '舒适双床房' }] },
      ],
    });
    const goal = newGoal('', createBooking);
    fillArgs(goal, env(createBooking, '西湖店订一间双床房', [hotels]));
    expect(goal.args).toEqual({ hotelId: 'H04', roomTypeId: 'H04-TWN' });
  });

  it('fills a city filter with the one city the request names, in either language, and nothing else when it names none', () => {
    const listStores = tool('listStores', { type: 'object', properties: { city: { type: 'string', description: '城市中文名，如 北京、上海；用户没说时不传' } } }, true);
    const filled = (text: string) => {
      const goal = newGoal(text, listStores);
      fillArgs(goal, env(listStores, text, []));
      return goal.args;
    };
    expect(filled('上海有几家门店')).toEqual({ city: '上海' });
    expect(filled('Any stores in Hangzhou?')).toEqual({ city: '杭州' });
    expect(filled('你们有哪些门店')).toEqual({});
  });

  it('asks among those in the part of the day said when the hour said has none', () => {
    const shows = tool('searchShowtimes', { type: 'object', properties: { date: { type: 'string', format: 'date' } } }, true);
    const order = tool('createTicketOrder', { type: 'object', required: ['showtimeId'], properties: { showtimeId: { type: 'string', description: '场次ID，来自 searchShowtimes' } } });
    const listed = result('shop.searchShowtimes', { showtimes: ['11:00', '14:30', '18:00', '21:40'].map((time, i) => ({ showtimeId: `s${i}`, name: '星际归途', time })) });
    const text = '买三张明天晚上七点左右的星际归途';
    const need = fillArgs(newGoal(text, order), { ...env(order, text, [listed]), siblings: [shows, order], sibling: (api: string) => [shows, order].find((t) => t.api === api) });
    expect(need.type === 'ask' && need.ask.candidates?.map((c) => c.id)).toEqual(['s2', 's3']);
  });

  it('counts what is added to an act that counts its own things by the added thing\'s own clause', () => {
    const snacks = tool('listSnacks', { type: 'object', properties: {} }, true);
    const tickets = tool('createTicketOrder', {
      type: 'object', required: ['qty'],
      properties: {
        qty: { type: 'integer', description: '票数' },
        snacks: { type: 'array', items: { type: 'object', required: ['snackId'], properties: { snackId: { type: 'string', description: '小食ID，来自 listSnacks' }, qty: { type: 'integer', description: '数量，默认 1' } } } },
      },
    });
    const listed = result('shop.listSnacks', { snacks: [{ snackId: 'k3', name: '大份爆米花', nameEn: 'Large popcorn' }, { snackId: 'k4', name: '中杯可乐', nameEn: 'Medium cola' }] });
    const filled = (text: string) => {
      const goal = newGoal(text, tickets);
      fillArgs(goal, { ...env(tickets, text, [listed]), siblings: [snacks, tickets], sibling: (api: string) => [snacks, tickets].find((t) => t.api === api) });
      return goal.args;
    };
    expect(filled('三张票，再加一份大份爆米花')).toMatchObject({ qty: 3, snacks: [{ snackId: 'k3', qty: 1 }] });
    expect(filled('三张票，加两杯中杯可乐')).toMatchObject({ qty: 3, snacks: [{ snackId: 'k4', qty: 2 }] });
  });
});

describe('a search word the user set apart', () => {
  const searchTitles: Tool = {
    id: 'books.searchTitles', appId: 'books', appName: '书店', version: 'v1', skill: 'skills/s', api: 'searchTitles', description: '按书名查书',
    inputSchema: { type: 'object', properties: { keyword: { type: 'string', description: '书名关键词' } } }, annotations: { readOnlyHint: true }, siblings: ['searchTitles'],
  };
  const fill = (text: string) => {
    const goal = newGoal(text, searchTitles);
    fillArgs(goal, { texts: [text], now: new Date('2026-11-24T11:30:00Z'), timeZone: 'Asia/Shanghai', userCity: undefined, tool: searchTitles, transcript: [], siblings: [searchTitles], sibling: () => searchTitles });
    return goal.args.keyword;
  };

  it('is what quotes hold, never what lies between two apostrophes inside words', () => {
    expect(fill("Do you have 'Blue Harbour' in stock?")).toBe('Blue Harbour');
    expect(fill("Is it at the Jing'an shop tomorrow? I'd like one.")).toBeUndefined();
  });
});

describe('what is asked first', () => {
  // an invented ferry ticket office: a sailing from its list, and a count the request does not say
  const tool = (api: string, inputSchema: Tool['inputSchema'], readOnly = false): Tool => ({
    id: `ferry.${api}`, appId: 'ferry', appName: '渡轮', version: 'v1', skill: 'skills/s', api, description: '', inputSchema,
    ...(readOnly ? { annotations: { readOnlyHint: true } } : {}), siblings: ['searchSailings', 'buyTickets'],
  });
  const searchSailings = tool('searchSailings', { type: 'object', properties: {} }, true);
  const buyTickets = tool('buyTickets', {
    type: 'object', required: ['qty', 'sailingId'],
    properties: { qty: { type: 'integer', description: '张数' }, sailingId: { type: 'string', description: '航班ID，来自 searchSailings 的 sailingId' } },
  });
  const listed: Transcript = {
    role: 'tool-result', callId: 's', toolId: 'ferry.searchSailings', isError: false, content: '',
    structuredContent: { sailings: [{ sailingId: 's1', name: '东港夜游', time: '19:30' }, { sailingId: 's2', name: '西港夜游', time: '20:00' }] },
  };

  it('is which of those listed, before how many', () => {
    const goal = newGoal('今晚想坐夜游船', buyTickets);
    const siblings = [searchSailings, buyTickets];
    const need = fillArgs(goal, { texts: [goal.text], now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai', userCity: undefined, tool: buyTickets, transcript: [listed], siblings, sibling: (api) => siblings.find((t) => t.api === api) });
    expect(need).toMatchObject({ type: 'ask', ask: { kind: 'entity', params: ['sailingId'] } });
  });
});

describe('one of several counted, with a yes-or-no extra', () => {
  // an invented tea counter: a drink from its list, a count, and an extra its description glosses
  const tool = (api: string, inputSchema: Tool['inputSchema'], readOnly = false): Tool => ({
    id: `teahouse.${api}`, appId: 'teahouse', appName: '茶馆', version: 'v1', skill: 'skills/s', api, description: '', inputSchema,
    ...(readOnly ? { annotations: { readOnlyHint: true } } : {}), siblings: ['listDrinks', 'order'],
  });
  const listDrinks = tool('listDrinks', { type: 'object', properties: {} }, true);
  const order = tool('order', {
    type: 'object', required: ['items'],
    properties: { items: { type: 'array', items: { type: 'object', required: ['drinkId'], properties: {
      drinkId: { type: 'string', description: '饮品ID，来自 listDrinks' },
      qty: { type: 'integer', description: '数量' },
      pearls: { type: 'boolean', description: 'true=加珍珠/extra pearls' },
    } } } },
  });
  const drinks: Transcript = { role: 'tool-result', callId: 'd', toolId: 'teahouse.listDrinks', isError: false, content: '', structuredContent: { drinks: [{ drinkId: 't1', name: '乌龙奶茶', nameEn: 'Oolong Milk Tea' }] } };

  it('is one line with the extra and the rest without ("two oolong milk teas, one of them with extra pearls")', () => {
    const goal = newGoal('Two Oolong Milk Teas, one of them with extra pearls', order);
    const siblings = [listDrinks, order];
    fillArgs(goal, { texts: [goal.text], now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai', userCity: undefined, tool: order, transcript: [drinks], siblings, sibling: (api) => siblings.find((t) => t.api === api) });
    expect(goal.args.items).toEqual([{ drinkId: 't1', qty: 1 }, { drinkId: 't1', qty: 1, pearls: true }]);
  });
});

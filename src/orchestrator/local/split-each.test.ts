import { describe, expect, it } from 'vitest';
import { newGoal } from './goals.ts';
import { splitActs } from './split-acts.ts';
import { testCatalog } from './test-catalog.ts';

const ferry = testCatalog([
  { appId: 'ferry', appName: '海湾轮渡', api: 'listRoutes', description: '查询航线。', readOnly: true, outputSchema: { type: 'object', properties: { routes: { type: 'array', items: { type: 'object', properties: { routeId: { type: 'string' }, name: { type: 'string' } } } } } } },
  { appId: 'ferry', appName: '海湾轮渡', api: 'listMeals', description: '查询船上餐食。', readOnly: true, outputSchema: { type: 'object', properties: { meals: { type: 'array', items: { type: 'object', properties: { mealId: { type: 'string' } } } } } } },
  {
    appId: 'ferry', appName: '海湾轮渡', api: 'createTicketOrder', description: '为一个班次生成船票订单，可随票加购餐食。',
    inputSchema: { type: 'object', properties: { sailingId: { type: 'string' }, qty: { type: 'integer' }, meals: { type: 'array', items: { type: 'object', properties: { mealId: { type: 'string' }, qty: { type: 'integer' } } } } } },
  },
], { 'ferry.listRoutes': ['云溪线', 'Cloud Creek Line', '青屿线', 'Green Isle Line'], 'ferry.listMeals': ['海鲜饭', '热奶茶'] });

const tea = testCatalog([
  { appId: 'tea', appName: '茶柜台', api: 'listTeas', description: '查询在售茶叶。', readOnly: true, outputSchema: { type: 'object', properties: { teas: { type: 'array', items: { type: 'object', properties: { teaId: { type: 'string' } } } } } } },
  {
    appId: 'tea', appName: '茶柜台', api: 'createOrder', description: '下单买茶叶，生成待支付订单。',
    inputSchema: { type: 'object', properties: { items: { type: 'array', items: { type: 'object', properties: { teaId: { type: 'string' }, qty: { type: 'integer' } } } } } },
  },
], { 'tea.listTeas': ['高山乌龙', '陈年普洱'] });

describe('one count for each of two things said together', () => {
  const order = (text: string) => splitActs(newGoal(text, ferry.tool('ferry.createTicketOrder')!), ferry);

  it('makes an order for each where the order takes one of them, each with the words said of both', () => {
    expect(order('云溪线和青屿线明早各两张').map((g) => g.text)).toEqual(['云溪线明早各两张', '青屿线明早各两张']);
    expect(order('周日上午云溪线、青屿线各来一张，观景舱').map((g) => g.text)).toEqual(['周日上午云溪线各来一张，观景舱', '周日上午青屿线各来一张，观景舱']);
    const english = order('two tickets each for Cloud Creek Line and Green Isle Line tomorrow morning');
    expect(english.map((g) => g.text)).toEqual(['two tickets each for Cloud Creek Line tomorrow morning', 'two tickets each for Green Isle Line tomorrow morning']);
    expect(english.map((g) => g.since)).toEqual([undefined, -1]);
  });

  it('keeps one order where the order takes several of them, or the things are not said together with one count each', () => {
    // (a basket of items: both teas go into one order)
    expect(splitActs(newGoal('高山乌龙和陈年普洱各两盒', tea.tool('tea.createOrder')!), tea)).toHaveLength(1);
    // (no count for each: one thing, the other only compared)
    expect(order('云溪线和青屿线哪个快？明早来两张快的')).toHaveLength(1);
    // (things of two lists: a meal goes with the ticket)
    expect(order('明早云溪线两张，海鲜饭和热奶茶各一份')).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import type { JsonSchema } from '../../package/index.ts';
import type { Transcript } from '../planner.ts';
import { orderQuote, quoteText, quotedOrderTool, quotingTool } from './order-quote.ts';

// A bakery of the test's own: cakes priced by size, drinks with one price, and one API that orders.
const tool = (api: string, properties: Record<string, JsonSchema>, readOnly: boolean): Tool => ({
  id: `bakery.${api}`, appId: 'bakery', appName: '面包坊', version: 'v1', skill: 'skills/s', api, description: '', siblings: [],
  inputSchema: { type: 'object', properties }, ...(readOnly ? { annotations: { readOnlyHint: true } } : {}),
});
const listCakes = tool('listCakes', {}, true);
const placeOrder = tool('placeOrder', { cakeId: { type: 'string' }, size: { type: 'string', enum: ['small', 'large'] }, qty: { type: 'integer' }, drinks: { type: 'array' } }, false);
const cancelOrder = tool('cancelOrder', { orderId: { type: 'string' } }, false);
const transcript: Transcript[] = [
  { role: 'tool-result', callId: 'a', toolId: 'bakery.listCakes', isError: false, content: '', structuredContent: { cakes: [{ cakeId: 'k1', cakeName: '栗子蛋糕', prices: { small: 38, large: 68 } }] } },
  { role: 'tool-result', callId: 'b', toolId: 'bakery.listDrinks', isError: false, content: '', structuredContent: { drinks: [{ drinkId: 'd1', name: '热可可', price: 16.5 }] } },
];

describe('quotedOrderTool', () => {
  it('is the one API that orders, for a price question about an order not to be made', () => {
    expect(quotedOrderTool('一块栗子蛋糕加两杯热可可一共多少钱？先别下单', [listCakes, placeOrder, cancelOrder])?.api).toBe('placeOrder');
    expect(quotedOrderTool('How much would a chestnut cake and two cocoas come to?', [listCakes, placeOrder, cancelOrder])?.api).toBe('placeOrder');
  });

  it('is nothing for a plain price question, or where a stay is priced by its nights', () => {
    expect(quotedOrderTool('栗子蛋糕多少钱？', [listCakes, placeOrder])).toBeUndefined();
    const stay = tool('book', { roomId: { type: 'string' }, checkIn: { type: 'string' }, checkOut: { type: 'string' } }, false);
    expect(quotedOrderTool('两晚一共多少钱？先别订', [listCakes, stay])).toBeUndefined();
  });
});

describe('orderQuote', () => {
  it('prices each thing the order holds by its list, the choice made and the count beside it', () => {
    const lines = orderQuote({ cakeId: 'k1', size: 'large', qty: 1, drinks: [{ drinkId: 'd1', qty: 2 }] }, transcript, 'bakery');
    expect(lines).toEqual([{ name: '栗子蛋糕', unit: 68, qty: 1 }, { name: '热可可', unit: 16.5, qty: 2 }]);
    expect(quoteText(lines!, 'zh')).toBe('按所列单价：栗子蛋糕 ¥68.00 ×1 + 热可可 ¥16.50 ×2，合计 ¥101.00。尚未下单，实际金额以下单时为准。');
    expect(quoteText(lines!, 'en')).toContain('= ¥101.00 in all');
  });

  it('is nothing where a thing has no price listed', () => {
    expect(orderQuote({ cakeId: 'k1', qty: 1 }, transcript, 'bakery')).toBeUndefined();
    expect(orderQuote({ cakeId: 'k9', size: 'small' }, transcript, 'bakery')).toBeUndefined();
  });
});

describe('quotingTool', () => {
  const quote: Tool = { ...tool('quoteOrder', { cakeId: { type: 'string' }, qty: { type: 'integer' } }, true), outputSchema: { type: 'object', properties: { total: { type: 'number' } } } };
  const tools = [listCakes, placeOrder, cancelOrder, quote];

  it('is the quote where the order itself is asked only its price (「…先别下单」, a last clause asking the fee with nothing asking the order)', () => {
    expect(quotingTool('栗子蛋糕送两个到家，一共多少钱？先别下单', placeOrder, tools)?.api).toBe('quoteOrder');
    expect(quotingTool('在河东店买两个栗子蛋糕送到家里，运费多少钱？', placeOrder, tools)?.api).toBe('quoteOrder');
  });

  it('is nothing where the order is asked for, the price only along with it, or no quote exists', () => {
    expect(quotingTool('帮我在河东店买两个栗子蛋糕送到家里，运费多少钱？', placeOrder, tools)).toBeUndefined();
    expect(quotingTool('河东店有栗子蛋糕吗？有的话送两个到家里，要多少钱？', placeOrder, tools)).toBeUndefined();
    expect(quotingTool('在河东店买两个栗子蛋糕送到家里', placeOrder, tools)).toBeUndefined();
    expect(quotingTool('在河东店买两个栗子蛋糕送到家里，运费多少钱？', placeOrder, [listCakes, placeOrder])).toBeUndefined();
  });
});

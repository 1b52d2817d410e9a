import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import { askedFit, quoteAsked, quotes, saysCount } from './asked-tool.ts';

const tool = (api: string, output: Tool['outputSchema'], input: Tool['inputSchema'] = { type: 'object', properties: {} }): Tool => ({
  id: `tea.${api}`, appId: 'tea', appName: '茶铺', version: 'v1', skill: 'skills/s', api, description: '', inputSchema: input, outputSchema: output, annotations: { readOnlyHint: true }, siblings: [],
});
const shops = tool('listShops', { type: 'object', properties: { shops: { type: 'array', items: { type: 'object', properties: { shopId: { type: 'string' }, address: { type: 'string' }, open: { type: 'string' } } } } } });
const teas = tool('listTeas', { type: 'object', properties: { teas: { type: 'array', items: { type: 'object', properties: { teaId: { type: 'string' }, price: { type: 'number' } } } } } });
const quote = tool('quoteTeas', { type: 'object', properties: { total: { type: 'number' } } },
  { type: 'object', properties: { shopId: { type: 'string' }, items: { type: 'array', items: { type: 'object', properties: { teaId: { type: 'string' }, qty: { type: 'integer' } } } } }, required: ['shopId', 'items'] });

describe('the API that answers a question for a fact', () => {
  it('is the list whose output holds what is asked', () => {
    expect(askedFit(shops, ['address'], '东门那家在哪')).toBeGreaterThan(askedFit(teas, ['address'], '东门那家在哪'));
    expect(askedFit(teas, ['price'], '乌龙多少钱')).toBeGreaterThan(1);
    expect(askedFit(teas, [], '帮我买乌龙')).toBe(1);
  });

  it('is the quote for a count of things or delivered, a list for a plain price', () => {
    expect(quotes(quote)).toBe(true);
    expect(quotes(teas)).toBe(false);
    expect(quoteAsked(quote, ['price'], 'How much for 4 tins of oolong?')).toBe(true);
    expect(quoteAsked(quote, ['price'], '乌龙送到家多少钱')).toBe(true);
    expect(quoteAsked(quote, ['price'], "what's the price of oolong")).toBe(false);
    expect(askedFit(quote, ['price'], 'How much for 4 tins of oolong?')).toBeGreaterThan(askedFit(teas, ['price'], 'How much for 4 tins of oolong?'));
    expect(askedFit(quote, ['price'], '乌龙多少钱')).toBeLessThan(askedFit(teas, ['price'], '乌龙多少钱'));
  });

  it('reads a count of things, not of hours or times', () => {
    expect(saysCount('维C四瓶多少钱')).toBe(true);
    expect(saysCount('How much for 4 bottles of vitamin C?')).toBe(true);
    expect(saysCount('一次最多能擦几扇')).toBe(false);
    expect(saysCount('做3个小时多少钱')).toBe(false);
  });
});

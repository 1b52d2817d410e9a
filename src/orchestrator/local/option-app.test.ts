import { describe, expect, it } from 'vitest';
import type { PlannerCatalog } from '../planner.ts';
import type { Tool } from '../../catalog/index.ts';
import { optionApp } from './option-app.ts';

function tool(appId: string, api: string, name: string, description: string, codes: string[]): Tool {
  return { id: `${appId}.${api}`, appId, appName: appId, version: 'v1', skill: 'skills/s', api, description: '', siblings: [api], inputSchema: { type: 'object', properties: { [name]: { type: 'string', enum: codes, description } } } };
}
// an invented ferry with cabins, a tea counter with its sizes and ways to get them, a studio with its times and a list of orders
const tools = [
  tool('ferry', 'book', 'cabin', 'basic=普通舱/basic cabin，view=观景舱/view cabin', ['basic', 'view']),
  tool('tea', 'order', 'fulfilment', 'pickup=到店自取/pick up，delivery=外送到家/delivery', ['pickup', 'delivery']),
  tool('clay', 'book', 'slot', '08:00=早上八点，15:00=下午三点', ['08:00', '15:00']),
  tool('clay', 'orders', 'status', 'all=全部/all，paid=已预约/booked', ['all', 'paid']),
];
const catalog = { apps: () => ['ferry', 'tea', 'clay'].map((appId) => ({ appId })), toolsOf: (appId: string) => tools.filter((t) => t.appId === appId) } as unknown as PlannerCatalog;

describe('the service whose option is said', () => {
  it('is the one mini-program that offers an option said in its own words', () => {
    expect(optionApp('观景舱一般多少钱', catalog)).toBe('ferry');
    expect(optionApp('is a view cabin worth it?', catalog)).toBe('ferry');
  });

  it('is none for a way of getting things, a time, a state of an order, or a word too short to be its own', () => {
    expect(optionApp('外送到家要多久', catalog)).toBeUndefined();
    expect(optionApp('can I pick up later?', catalog)).toBeUndefined();
    expect(optionApp('明天下午三点的车', catalog)).toBeUndefined();
    expect(optionApp('我已预约的那单', catalog)).toBeUndefined();
    expect(optionApp('要个view', catalog)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { Transcript } from '../planner.ts';
import { newGoal } from './goals.ts';
import { overCap } from './over-cap.ts';
import { testCatalog } from './test-catalog.ts';

// an invented herb counter: its stores and its remedies are listed, an order names both
const catalog = testCatalog([
  { appId: 'herb', appName: '百草堂', api: 'listRemedies', readOnly: true, description: '药品列表' },
  { appId: 'herb', appName: '百草堂', api: 'order', description: '下单买药', inputSchema: { type: 'object', properties: { storeId: { type: 'string' }, items: { type: 'array', items: { type: 'object', properties: { remedyId: { type: 'string' }, qty: { type: 'integer' } } } } } } },
  { appId: 'herb', appName: '百草堂', api: 'bookVisit', description: '预约上门', inputSchema: { type: 'object', properties: { serviceIds: { type: 'array', items: { type: 'string' } } } } },
]);
const read: Transcript[] = [
  { role: 'tool-result', callId: 'a', toolId: 'herb.listStores', isError: false, content: '', structuredContent: { stores: [{ storeId: 'N1', name: '渡口店' }] } },
  { role: 'tool-result', callId: 'b', toolId: 'herb.listRemedies', isError: false, content: '', structuredContent: { remedies: [{ remedyId: 'r1', name: '青蒿素片', price: 32 }, { id: 'mite', name: '除螨', price: 159 }] } },
];
const goalOf = (text: string, api: string, args: Record<string, unknown>) => ({ ...newGoal(text, catalog.tool(`herb.${api}`)!), args });

describe('an order the person set a price limit on', () => {
  it('is told, not made, where the listed prices come to more', () => {
    const goal = goalOf('If it is under 30 kuai, grab me a box at the pier store', 'order', { storeId: 'N1', items: [{ remedyId: 'r1', qty: 1 }] });
    expect(overCap(goal, catalog.tool('herb.order')!, read, 'en')).toBe('青蒿素片 ¥32, over the ¥30 you said, so nothing was ordered.');
    const visit = goalOf('要是不超过150块就直接约了', 'bookVisit', { serviceIds: ['mite'] });
    expect(overCap(visit, catalog.tool('herb.bookVisit')!, read, 'zh')).toBe('除螨 ¥159，超过了你说的 ¥150，所以没有下单。');
  });

  it('is made where it fits, where nothing limits it, or where the lists cannot price it', () => {
    const tool = catalog.tool('herb.order')!;
    expect(overCap(goalOf('40块以内就买', 'order', { items: [{ remedyId: 'r1', qty: 1 }] }), tool, read, 'zh')).toBeUndefined();
    expect(overCap(goalOf('买一盒', 'order', { items: [{ remedyId: 'r1', qty: 1 }] }), tool, read, 'zh')).toBeUndefined();
    expect(overCap(goalOf('30块以内就买', 'order', { items: [{ remedyId: 'r9', qty: 1 }] }), tool, read, 'zh')).toBeUndefined();
  });

  it('is on each one where the limit is said of one', () => {
    const tool = catalog.tool('herb.order')!;
    expect(overCap(goalOf('一盒要是不超过40块就直接买两盒', 'order', { items: [{ remedyId: 'r1', qty: 2 }] }), tool, read, 'zh')).toBeUndefined();
    expect(overCap(goalOf('两盒，不超过40块就买', 'order', { items: [{ remedyId: 'r1', qty: 2 }] }), tool, read, 'zh')).toBe('青蒿素片 ¥32 ×2，合计 ¥64，超过了你说的 ¥40，所以没有下单。');
  });
});

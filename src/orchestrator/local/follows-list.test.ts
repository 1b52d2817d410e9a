import { describe, expect, it } from 'vitest';
import type { PlannerInput, Transcript } from '../planner.ts';
import { followsList } from './follows-list.ts';
import { newGoal } from './goals.ts';
import type { LocalMemo } from './memo.ts';
import { testCatalog } from './test-catalog.ts';

// an invented bakery that quotes an order before it is placed
const bakery = testCatalog([
  { appId: 'bakery', appName: '麦香烘焙', api: 'quoteOrder', readOnly: true, description: '计算一单的价格（商品、运费、合计），不生成订单。用户只问多少钱、运费多少时用它。',
    inputSchema: { type: 'object', properties: { items: { type: 'array', items: { type: 'object', properties: { cakeId: { type: 'string' }, qty: { type: 'integer' } } } } } },
    outputSchema: { type: 'object', properties: { total: { type: 'number' } } } },
  { appId: 'bakery', appName: '麦香烘焙', api: 'placeOrder', description: '下单买蛋糕，外送或到店自取。' },
]);

const after = (text: string): ReturnType<typeof followsList> => {
  const quoted = { ...newGoal('河东店送两个栗子蛋糕到家，运费多少？', bakery.tool('bakery.quoteOrder')!), status: 'done' as const };
  const memo: LocalMemo = { goals: [quoted], cursor: 0 };
  const transcript: Transcript[] = [
    { role: 'user', text: quoted.text },
    { role: 'tool-call', callId: 'q', toolId: 'bakery.quoteOrder', arguments: {} },
    { role: 'tool-result', callId: 'q', toolId: 'bakery.quoteOrder', isError: false, content: '合计 ¥62.00', structuredContent: { total: 62 } },
    { role: 'user', text },
  ];
  return followsList(memo, text, { transcript } as unknown as PlannerInput, bakery);
};

describe('what is said after a quote', () => {
  it('is quoted again where it only adds a detail (an address), and ordered where it says to', () => {
    expect(after('滨河东路88号')?.toolId).toBe('bakery.quoteOrder');
    expect(after('滨河东路88号')?.text).toContain('滨河东路88号');
    expect(after('那就买两个，送到滨河东路88号')?.toolId).toBe('bakery.placeOrder');
  });
});

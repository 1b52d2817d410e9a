import { describe, expect, it } from 'vitest';
import type { Transcript } from '../planner.ts';
import { newGoal } from './goals.ts';
import { LocalPlanner } from './local-planner.ts';
import type { LocalMemo } from './memo.ts';
import { testCatalog } from './test-catalog.ts';

// an invented tea counter with two shops: one price question asked of each shop in turn
const catalog = testCatalog([
  { appId: 'tea', appName: '茶铺', api: 'listShops', readOnly: true, description: '门店列表' },
  { appId: 'tea', appName: '茶铺', api: 'quote', readOnly: true, description: '报价：某门店送一罐茶的价格和运费', inputSchema: { type: 'object', required: ['shopId', 'teaId'], properties: { shopId: { type: 'string', description: '来自 listShops' }, teaId: { type: 'string', description: '茶叶ID' } } } },
]);

describe('a no to a question asked of each of several listed', () => {
  it('ends them all, not only the one asked (no same question again for the next shop)', async () => {
    const tool = catalog.tool('tea.quote')!;
    const text = 'What would a tin of oolong cost delivered from each shop?';
    const goals = ['north', 'south'].map((shopId) => ({ ...newGoal(text, tool), args: { shopId }, decided: ['shopId'] }));
    goals[0]!.asking = { params: ['teaId'], kind: 'value' };
    const memo: LocalMemo = { goals, cursor: 2 };
    const transcript: Transcript[] = [{ role: 'user', text }, { role: 'assistant', text: 'Which tea?' }, { role: 'user', text: 'No thanks' }];
    const step = await new LocalPlanner().next({ transcript, user: { id: 'u', name: 'U', lang: 'en', city: undefined, preferences: {} }, catalog, clock: { now: () => new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' }, memo, knownIds: [] });
    expect(step).toMatchObject({ type: 'reply', done: true });
    expect((step.memo as LocalMemo).goals.map((g) => g.status)).toEqual(['dropped', 'dropped']);
  });
});

import { describe, expect, it } from 'vitest';
import type { PlannerInput, Transcript } from '../planner.ts';
import { LocalPlanner } from './local-planner.ts';
import { testCatalog } from './test-catalog.ts';

// an invented ferry whose skill says berths are given, not chosen
const doc = `# 海湾轮渡
## 不在范围内
- 指定铺位号：系统自动分配（同一舱相邻），不能指定铺位号。`;
const catalog = {
  ...testCatalog([
    { appId: 'ferry', appName: '海湾轮渡', api: 'listSailings', readOnly: true, description: '查询轮渡班次和余票，返回 sailingId。' },
    { appId: 'ferry', appName: '海湾轮渡', api: 'buyTicket', description: '买船票：观景舱或普通舱，下单购票。', inputSchema: { type: 'object', required: ['sailingId', 'cabin', 'qty'], properties: {
      sailingId: { type: 'string', description: '班次 ID，来自 listSailings 的 sailings[].sailingId' },
      cabin: { type: 'string', enum: ['standard', 'deck'], description: '舱位：standard=普通舱，deck=观景舱' },
      qty: { type: 'integer', minimum: 1, description: '张数' },
    } } },
  ]),
  skillDoc: () => doc,
};
const sailings = { sailings: [{ sailingId: 's1', time: '08:00', name: '08:00 云溪→青屿' }, { sailingId: 's2', time: '09:30', name: '09:30 云溪→青屿' }] };

function input(transcript: Transcript[], memo?: unknown): PlannerInput {
  return { transcript, user: { id: 'u', name: 'U', lang: 'zh', city: undefined, preferences: {} }, catalog, clock: { now: () => new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' }, memo, knownIds: [] };
}

describe('whether a thing may be done, asked beside the act', () => {
  it('is answered from the skill first, and the act goes on to its question', async () => {
    const planner = new LocalPlanner();
    const said: Transcript[] = [{ role: 'user', text: '能自己选铺位吗？我要买两张观景舱' }];
    const first = await planner.next(input(said));
    expect(first).toMatchObject({ type: 'call', toolId: 'ferry.listSailings' });
    const read: Transcript[] = [...said, { role: 'tool-call', callId: 'c1', toolId: 'ferry.listSailings', arguments: {} }, { role: 'tool-result', callId: 'c1', toolId: 'ferry.listSailings', isError: false, content: '两个班次', structuredContent: sailings }];
    const second = await planner.next(input(read, first.memo));
    expect(second).toMatchObject({ type: 'reply', awaitUser: true });
    const text = second.type === 'reply' ? second.text : '';
    expect(text.split('\n')[0]).toBe('指定铺位号：系统自动分配（同一舱相邻），不能指定铺位号。');
    expect(text).toMatch(/08:00/);
  });
});

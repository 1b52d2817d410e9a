import { describe, expect, it } from 'vitest';
import type { PlannerInput, Transcript } from '../planner.ts';
import { asksAnew } from './asks-anew.ts';
import { LocalPlanner } from './local-planner.ts';
import { testCatalog } from './test-catalog.ts';

describe('a reply that asks a question of its own', () => {
  it('is told apart from an answer', () => {
    expect(asksAnew('我买的船票一共花了多少钱？')).toBe(true);
    expect(asksAnew('我现在一共有几张船票？')).toBe(true);
    expect(asksAnew('我自己')).toBe(false);
    expect(asksAnew('就我和我老伴吧')).toBe(false);
    expect(asksAnew('我，顺便再订一张回程的？')).toBe(false);
  });

  it('is not read as the answer to which passenger: 「我」 in it is whose tickets', async () => {
    // an invented ferry: tickets for saved passengers
    const catalog = testCatalog([
      { appId: 'ferry', appName: '海湾轮渡', api: 'listPassengers', readOnly: true, description: '乘船人列表，返回 passengerId。' },
      { appId: 'ferry', appName: '海湾轮渡', api: 'listMyTickets', readOnly: true, description: '查看我的船票：我买的船票和金额。' },
      { appId: 'ferry', appName: '海湾轮渡', api: 'buyTicket', description: '买船票，下单购票。', inputSchema: { type: 'object', required: ['passengerId'], properties: {
        passengerId: { type: 'string', description: '乘船人 ID，来自 listPassengers 的 passengers[].passengerId' },
      } } },
    ]);
    const input = (transcript: Transcript[], memo?: unknown): PlannerInput => ({ transcript, user: { id: 'u', name: 'U', lang: 'zh', city: undefined, preferences: {} }, catalog, clock: { now: () => new Date('2027-03-10T02:00:00Z'), timeZone: 'Asia/Shanghai' }, memo, knownIds: [] });
    const planner = new LocalPlanner();
    const said: Transcript[] = [{ role: 'user', text: '海湾轮渡帮我买一张船票' }];
    const first = await planner.next(input(said));
    expect(first).toMatchObject({ type: 'call', toolId: 'ferry.listPassengers' });
    const listed: Transcript[] = [...said, { role: 'tool-call', callId: 'c1', toolId: 'ferry.listPassengers', arguments: {} },
      { role: 'tool-result', callId: 'c1', toolId: 'ferry.listPassengers', isError: false, content: '2 位乘船人', structuredContent: { passengers: [{ passengerId: 'p1', name: '王芳', relation: '本人' }, { passengerId: 'p2', name: '王强', relation: '父亲' }] } }];
    const asked = await planner.next(input(listed, first.memo));
    expect(asked).toMatchObject({ type: 'reply', awaitUser: true });
    const next = await planner.next(input([...listed, { role: 'assistant', text: asked.type === 'reply' ? asked.text : '' }, { role: 'user', text: '我买的船票一共花了多少钱？' }], asked.memo));
    expect(next).toMatchObject({ type: 'call', toolId: 'ferry.listMyTickets' });
  });
});

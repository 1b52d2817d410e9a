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

// the same ferry, selling meals only with a ticket; its meal list names the kind and what it holds
const mealDoc = `# 海湾轮渡
## 不在范围内
- 餐食单独购买：餐食只能随船票一起下单。`;
const withMeals = {
  ...testCatalog([
    { appId: 'ferry', appName: '海湾轮渡', api: 'listSailings', readOnly: true, description: '查询轮渡班次和余票，返回 sailingId。' },
    { appId: 'ferry', appName: '海湾轮渡', api: 'listMeals', readOnly: true, description: '查询可随船票加购的餐食（盒饭、泡面、热饮）及价格，返回 mealId。' },
    { appId: 'ferry', appName: '海湾轮渡', api: 'buyTicket', description: '买船票：观景舱或普通舱，可加购餐食。', inputSchema: { type: 'object', required: ['sailingId', 'cabin', 'qty'], properties: {
      sailingId: { type: 'string', description: '班次 ID，来自 listSailings 的 sailings[].sailingId' },
      cabin: { type: 'string', enum: ['standard', 'deck'], description: '舱位：standard=普通舱，deck=观景舱' },
      qty: { type: 'integer', minimum: 1, description: '张数' },
      meals: { type: 'array', description: '加购的餐食，可不传。mealId 来自 listMeals。', items: { type: 'object', required: ['mealId'], properties: { mealId: { type: 'string' }, qty: { type: 'integer' } } } },
    } } },
  ]),
  skillDoc: () => mealDoc,
};
const results: Record<string, Record<string, unknown>> = {
  'ferry.listSailings': sailings,
  'ferry.listMeals': { meals: [{ mealId: 'm1', name: '盒饭', price: 25 }, { mealId: 'm2', name: '泡面', price: 12 }] },
};

describe('whether a thing may be had on its own, asked beside the act', () => {
  it('is told, and the thing asked of is no part of the order', async () => {
    const planner = new LocalPlanner();
    const transcript: Transcript[] = [{ role: 'user', text: '8点那班两张观景舱，盒饭能单买吗' }];
    let memo: unknown;
    const replies: string[] = [];
    for (let i = 0; i < 8; i++) {
      const step = await planner.next({ ...input(transcript, memo), catalog: withMeals });
      memo = step.memo;
      if (step.type === 'reply') {
        replies.push(step.text);
        if (step.awaitUser || step.done) break;
        continue;
      }
      expect(step.type).toBe('call');
      if (step.type !== 'call') break;
      if (step.say) replies.push(step.say);
      if (step.toolId === 'ferry.buyTicket') {
        expect(step.arguments).toEqual({ sailingId: 's1', cabin: 'deck', qty: 2 });
        expect(replies.join('\n')).toContain('餐食只能随船票一起下单');
        return;
      }
      transcript.push({ role: 'tool-call', callId: `c${i}`, toolId: step.toolId, arguments: step.arguments }, { role: 'tool-result', callId: `c${i}`, toolId: step.toolId, isError: false, content: '结果', structuredContent: results[step.toolId] ?? {} });
    }
    expect.unreachable(`no order was made: ${replies.join(' / ')}`);
  });
});

describe('whether a thing may be had on its own, asked beside its price', () => {
  it('is told, and the price is read from the list that has it', async () => {
    const planner = new LocalPlanner();
    const said: Transcript[] = [{ role: 'user', text: '盒饭单买多少钱？不买船票能只买盒饭吗' }];
    const first = await planner.next({ ...input(said), catalog: withMeals });
    expect(first).toMatchObject({ type: 'call', toolId: 'ferry.listMeals' });
    expect(first.type === 'call' ? first.say : '').toContain('餐食只能随船票一起下单');
    const read: Transcript[] = [...said, { role: 'tool-call', callId: 'c1', toolId: 'ferry.listMeals', arguments: {} }, { role: 'tool-result', callId: 'c1', toolId: 'ferry.listMeals', isError: false, content: '餐食：盒饭 ¥25；泡面 ¥12。', structuredContent: results['ferry.listMeals'] }];
    const second = await planner.next({ ...input(read, first.memo), catalog: withMeals });
    expect(second.type === 'reply' ? second.text : '').toContain('25');
  });
});

describe('whether a thing may be had, asked beside another question', () => {
  it('is told, and the other question is answered from the list that has it', async () => {
    const planner = new LocalPlanner();
    const said: Transcript[] = [{ role: 'user', text: '船上有没有盒饭？盒饭能不能单买' }];
    const first = await planner.next({ ...input(said), catalog: withMeals });
    expect(first).toMatchObject({ type: 'call', toolId: 'ferry.listMeals' });
    expect(first.type === 'call' ? first.say : '').toContain('餐食只能随船票一起下单');
  });
});

describe('a question answered from the skill, beside one of its own service', () => {
  const doc = `${mealDoc}\n## 规则\n- 船票大人小孩同价，不设儿童票。`;
  const ferry = { ...withMeals, skillDoc: () => doc };

  it('is told, and a part read apart after it goes on in the same turn', async () => {
    // (「有儿童票吗？」 and 「再帮我查一下我的船票」 are two parts here: the first is answered in words, the second still called)
    const first = await new LocalPlanner().next({ ...input([{ role: 'user', text: '有儿童票吗？再帮我查一下我的船票' }]), catalog: ferry });
    expect(first.type).toBe('call');
    expect(first.type === 'call' ? first.say : '').toContain('不设儿童票');
    expect((first.memo as { goals: unknown[] }).goals).toHaveLength(2);
  });

  it('is told of the rules, and another question beside goes on to its list (「船票能退吗？另外船上卖哪些餐食」)', async () => {
    const rules = { ...withMeals, skillDoc: () => `${doc}\n- 退票：开船前 2 小时以上免费退。` };
    const first = await new LocalPlanner().next({ ...input([{ role: 'user', text: '船票能退吗？另外船上卖哪些餐食' }]), catalog: rules });
    expect(first).toMatchObject({ type: 'call', toolId: 'ferry.listMeals' });
    expect(first.type === 'call' ? first.say : '').toContain('开船前 2 小时以上免费退');
  });

  it('is told of what a kind of person pays, asked as a discount (「小朋友坐船有优惠吗」)', async () => {
    const first = await new LocalPlanner().next({ ...input([{ role: 'user', text: '小朋友坐船有优惠吗？船上卖哪些餐食' }]), catalog: ferry });
    expect(first).toMatchObject({ type: 'call', toolId: 'ferry.listMeals' });
    expect(first.type === 'call' ? first.say : '').toContain('不设儿童票');
  });
});

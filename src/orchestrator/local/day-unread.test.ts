import { describe, expect, it } from 'vitest';
import type { PlannerInput, Transcript } from '../planner.ts';
import { dayParams } from './day-unread.ts';
import { LocalPlanner } from './local-planner.ts';
import { testCatalog } from './test-catalog.ts';

// an invented ferry whose list of sailings is read for every day unless a day is given
const catalog = testCatalog([
  { appId: 'ferry', appName: '海湾轮渡', api: 'listSailings', readOnly: true, description: '查询轮渡班次和余票，返回 sailingId。', inputSchema: { type: 'object', properties: { date: { type: 'string', description: '日期 YYYY-MM-DD，没说时不传' } } } },
  { appId: 'ferry', appName: '海湾轮渡', api: 'bookSailing', description: '订船票，生成待支付订单', inputSchema: { type: 'object', required: ['sailingId', 'qty'], properties: { sailingId: { type: 'string', description: '来自 listSailings 的 sailingId' }, qty: { type: 'integer', minimum: 1, description: '票数' } } } },
]);
const input = (transcript: Transcript[], memo?: unknown): PlannerInput => ({ transcript, user: { id: 'u', name: 'U', lang: 'zh', city: undefined, preferences: {} }, catalog, clock: { now: () => new Date('2027-03-10T02:00:00Z'), timeZone: 'Asia/Shanghai' }, memo, knownIds: [] });
const sailing = (id: string, date: string, time: string) => ({ sailingId: id, route: '云溪—青屿', date, departTime: time });
// (the first of many: the mini-program shows only some of every day's sailings)
const everyDay = { sailings: [sailing('s1', '2027-03-10', '08:00'), sailing('s2', '2027-03-10', '21:40'), sailing('s3', '2027-03-11', '21:40'), sailing('s4', '2027-03-13', '08:00')], total: 40 };

describe('an answer that says a day the list was read for none of', () => {
  it('reads the list again for that day before choosing (「周六晚上九点四十那班」 after every day\'s sailings)', async () => {
    const planner = new LocalPlanner();
    const said: Transcript[] = [{ role: 'user', text: '订两张去青屿的船票' }];
    const first = await planner.next(input(said));
    expect(first).toMatchObject({ type: 'call', toolId: 'ferry.listSailings', arguments: {} });
    const listed: Transcript[] = [...said, { role: 'tool-call', callId: 'c1', toolId: 'ferry.listSailings', arguments: {} }, { role: 'tool-result', callId: 'c1', toolId: 'ferry.listSailings', isError: false, content: '找到 40 个班次（仅列出前4个）', structuredContent: everyDay }];
    const asked = await planner.next(input(listed, first.memo));
    expect(asked).toMatchObject({ type: 'reply', awaitUser: true });
    const answered = await planner.next(input([...listed, { role: 'assistant', text: asked.type === 'reply' ? asked.text : '' }, { role: 'user', text: '周六晚上九点四十那班' }], asked.memo));
    expect(answered).toMatchObject({ type: 'call', toolId: 'ferry.listSailings', arguments: { date: '2027-03-13' } });
  });
});

describe('the parameters that take a day', () => {
  it('are those named or described as a date, not a count of days nor a list of choices', () => {
    const tool = catalog.tool('ferry.listSailings')!;
    expect(dayParams(tool)).toEqual(['date']);
    expect(dayParams({ ...tool, inputSchema: { type: 'object', properties: { checkInDay: { type: 'string' }, days: { type: 'integer' }, weekday: { type: 'string', enum: ['mon', 'tue'] }, when: { type: 'string', format: 'date' } } } })).toEqual(['checkInDay', 'when']);
  });
});

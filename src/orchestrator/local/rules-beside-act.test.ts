import { describe, expect, it } from 'vitest';
import type { PlannerInput, Transcript } from '../planner.ts';
import { LocalPlanner } from './local-planner.ts';
import { testCatalog } from './test-catalog.ts';

/** An invented inn: its rooms, a booking API, and a skill document that states its cancellation rule. */
const inn = {
  ...testCatalog([
    { appId: 'inn', appName: '青屿客栈', api: 'listRooms', readOnly: true, description: '查询客栈房型和房价。' },
    { appId: 'inn', appName: '青屿客栈', api: 'bookRoom', description: '预订客栈房间，生成待支付订单。',
      inputSchema: { type: 'object', required: ['roomId', 'checkIn', 'nights', 'guests'], properties: {
        roomId: { type: 'string', description: '房型 ID，来自 listRooms 的 rooms[].roomId' }, checkIn: { type: 'string', format: 'date', description: '入住日期 YYYY-MM-DD' },
        nights: { type: 'integer', description: '住几晚' }, guests: { type: 'integer', description: '入住人数' } } } },
  ]),
  skillDoc: () => '# 青屿客栈\n## 取消规则\n- 取消规则：入住前一天 18:00 前取消免费；之后取消收取首晚房费。',
};
const answer = (toolId: string): { isError: boolean; content: string; structuredContent?: Record<string, unknown> } => toolId === 'inn.listRooms'
  ? { isError: false, content: '房型：海景大床房 ¥420；庭院双床房 ¥360。', structuredContent: { rooms: [{ roomId: 'sea-king', name: '海景大床房' }, { roomId: 'yard-twin', name: '庭院双床房' }] } }
  : { isError: false, content: '已生成待支付订单。', structuredContent: { orderId: 'o1' } };

/** Plays a request against the inn: what was said, and the booking asked for, if one was. */
async function play(text: string): Promise<{ said: string[]; booked: Record<string, unknown> | undefined }> {
  const planner = new LocalPlanner();
  const transcript: Transcript[] = [{ role: 'user', text }];
  const input = (memo?: unknown): PlannerInput => ({ transcript, user: { id: 'u', name: 'U', lang: 'zh', city: undefined, preferences: {} }, catalog: inn, clock: { now: () => new Date('2027-03-10T02:00:00Z'), timeZone: 'Asia/Shanghai' }, memo, knownIds: [] });
  const said: string[] = [];
  let booked: Record<string, unknown> | undefined;
  let memo: unknown;
  for (let i = 0; i < 8 && !booked; i++) {
    const step = await planner.next(input(memo));
    memo = step.memo;
    if (step.type === 'reply') said.push(step.text);
    if (step.type === 'reply' && step.awaitUser) break;
    if (step.type !== 'call') continue;
    if (step.say) said.push(step.say);
    if (step.toolId === 'inn.bookRoom') booked = step.arguments;
    transcript.push({ role: 'tool-call', callId: `c${i}`, toolId: step.toolId, arguments: step.arguments }, { role: 'tool-result', callId: `c${i}`, toolId: step.toolId, ...answer(step.toolId) });
  }
  return { said, booked };
}

describe('a question of the rules asked after an act in a sentence of its own', () => {
  it('is answered, and the act goes on for the people it is for', async () => {
    const { said, booked } = await play('明晚青屿客栈的庭院双床房帮我岳父母订一间，住一晚。顺带问一句，到时候取消要扣钱吗？');
    expect(booked).toMatchObject({ roomId: 'yard-twin', checkIn: '2027-03-11', nights: 1, guests: 2 });
    expect(said.join('\n')).toContain('入住前一天 18:00 前取消免费');
  });

  it('is only answered where nothing before it acts (a case set is no act)', async () => {
    const { said, booked } = await play('青屿客栈如果明天取消的话，会扣钱吗？');
    expect(booked).toBeUndefined();
    expect(said.join('\n')).toContain('入住前一天 18:00 前取消免费');
  });
});

import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import { askStep } from './ask-step.ts';
import type { Goal } from './memo.ts';

const tool: Tool = {
  id: 'porter.bookPickup', appId: 'porter', appName: '搬运', version: 'v1', skill: 'skills/s', api: 'bookPickup', description: '预约上门搬运',
  inputSchema: {
    type: 'object', required: ['date', 'contact'],
    properties: { date: { type: 'string', format: 'date', description: '上门日期' }, contact: { type: 'string', description: '联系人姓名' } },
  },
  siblings: ['bookPickup'],
};

const goal = (text: string): Goal => ({ text, toolId: tool.id, args: {}, decided: [], answers: [], status: 'open', attempts: 0, wanted: [] });

/** The hub's clock, a Friday: 明天 is 2026-11-21. */
const context = { texts: [], now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai', userCity: undefined };

describe('the question for what a goal still needs', () => {
  it('reads the values the request carries labelled first, by the hub clock', () => {
    const g = goal('日期：明天，联系人：李明');
    const step = askStep(g, tool, { type: 'ask', ask: { params: ['contact'], kind: 'value' }, schema: {} }, 'zh', context);
    expect(step).toBeUndefined();
    expect(g.args).toMatchObject({ date: '2026-11-21' });
  });

  it('asks for what the request does not carry', () => {
    const g = goal('帮我约个搬运');
    const step = askStep(g, tool, { type: 'ask', ask: { params: ['contact'], kind: 'value' }, schema: {} }, 'zh', context);
    expect(step).toMatchObject({ type: 'reply', awaitUser: true });
    expect(g.asking?.params).toEqual(['date', 'contact']);
  });
});

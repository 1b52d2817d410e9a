import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { fillArgs } from './fill-args.ts';
import { newGoal } from './goals.ts';
import { isActing } from './request-words.ts';
import { isReasonClause, isWhereaboutsClause } from './reason-clause.ts';

/** A hardware shop of this test's own: lines of goods from its list. */
const tool = (api: string, inputSchema: Tool['inputSchema'], readOnly = false): Tool => ({
  id: `tools.${api}`, appId: 'tools', appName: '五金', version: 'v1', skill: 'skills/s', api, description: '', inputSchema,
  ...(readOnly ? { annotations: { readOnlyHint: true } } : {}), siblings: ['listGoods', 'buy'],
});
const listGoods = tool('listGoods', { type: 'object', properties: {} }, true);
const buy = tool('buy', { type: 'object', required: ['lines'], properties: {
  lines: { type: 'array', items: { type: 'object', required: ['goodsId'], properties: {
    goodsId: { type: 'string', description: '商品ID，来自 listGoods' },
    qty: { type: 'integer', description: '数量，默认 1' },
  } } },
} });
const goods: Transcript = { role: 'tool-result', callId: 'r', toolId: 'tools.listGoods', isError: false, content: '', structuredContent: { goods: [{ goodsId: 'g1', name: '手电筒' }, { goodsId: 'g2', name: '头灯' }] } };

function lines(text: string): unknown {
  const goal = newGoal('', buy);
  const siblings = [listGoods, buy];
  fillArgs(goal, { texts: [text], now: new Date(), timeZone: 'Asia/Shanghai', userCity: undefined, tool: buy, transcript: [goods], siblings, sibling: (api: string) => siblings.find((t) => t.api === api) });
  return goal.args.lines;
}

describe('a thing named as the reason for a request', () => {
  it('is a clause that says what went wrong and orders nothing', () => {
    expect(isReasonClause('露营带的手电筒坏了', isActing)).toBe(true);
    expect(isReasonClause('手电筒坏了帮我买一个', isActing)).toBe(false);
  });

  it('is not ordered when another clause names what is', () => {
    expect(lines('露营带的手电筒坏了，帮我留一个头灯')).toEqual([{ goodsId: 'g2', qty: 1 }]);
    expect(lines('手电筒坏了，再买一个手电筒')).toEqual([{ goodsId: 'g1', qty: 1 }]);
  });
});

describe('where the person is, said before the request', () => {
  it('asks nothing of its own', () => {
    expect(isWhereaboutsClause("I'm in Hangzhou this week, staying near the old pier.", isActing)).toBe(true);
    expect(isWhereaboutsClause('staying by the river tonight', isActing)).toBe(true);
    expect(isWhereaboutsClause('我这几天在杭州出差', isActing)).toBe(true);
    expect(isWhereaboutsClause("I'm at the pier, can you book a boat?", isActing)).toBe(false);
    expect(isWhereaboutsClause('我在河边店买两盒茶', isActing)).toBe(false);
    expect(isWhereaboutsClause('My flat is about 60 square meters.', isActing)).toBe(true);
    expect(isWhereaboutsClause('房子九十平', isActing)).toBe(true);
    expect(isWhereaboutsClause('My flat is about 60 square meters, can you send someone?', isActing)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { fillArgs } from './fill-args.ts';
import { newGoal } from './goals.ts';
import { saidOfAll } from './said-of-all.ts';

describe('a detail said of every item', () => {
  it('is a clause that names no item and says all of them', () => {
    const clauses = ['两碗牛肉面', '一碗凉皮', '都要微辣', '打包'];
    expect(saidOfAll(clauses, new Set(['两碗牛肉面', '一碗凉皮']))).toEqual(['都要微辣']);
    expect(saidOfAll(['two teas', 'a scone', 'all to go'], new Set(['two teas', 'a scone']))).toEqual(['all to go']);
  });

  it('is never a clause that names an item, nor one that does not say all', () => {
    expect(saidOfAll(['两碗都要微辣的牛肉面', '打包'], new Set(['两碗都要微辣的牛肉面']))).toEqual([]);
  });
});

describe('an order whose items share a detail said once', () => {
  const tool = (api: string, inputSchema: Tool['inputSchema'], readOnly = false): Tool => ({
    id: `noodle.${api}`, appId: 'noodle', appName: '面馆', version: 'v1', skill: 'skills/s', api, description: '', inputSchema,
    ...(readOnly ? { annotations: { readOnlyHint: true } } : {}), siblings: ['listDishes', 'order'],
  });
  const listDishes = tool('listDishes', { type: 'object', properties: {} }, true);
  const order = tool('order', {
    type: 'object', required: ['lines'],
    properties: {
      lines: { type: 'array', items: { type: 'object', required: ['dishId'], properties: {
        dishId: { type: 'string', description: '菜品ID，来自 listDishes' },
        qty: { type: 'integer', description: '数量，默认 1' },
        spice: { type: 'string', enum: ['none', 'mild', 'hot'], description: '辣度：none=不辣, mild=微辣, hot=特辣' },
      } } },
    },
  });
  const dishes: Transcript = { role: 'tool-result', callId: 'r', toolId: 'noodle.listDishes', isError: false, content: '', structuredContent: { dishes: [{ dishId: 'n1', name: '牛肉面' }, { dishId: 'n2', name: '凉皮' }] } };

  it('reads it for every item, after each item’s own words', () => {
    const goal = newGoal('', order);
    const siblings = [listDishes, order];
    fillArgs(goal, { texts: ['两碗牛肉面，一碗不辣的凉皮，都要微辣'], now: new Date(), timeZone: 'Asia/Shanghai', userCity: undefined, tool: order, transcript: [dishes], siblings, sibling: (api: string) => siblings.find((t) => t.api === api) });
    expect(goal.args.lines).toEqual([{ dishId: 'n1', qty: 2, spice: 'mild' }, { dishId: 'n2', qty: 1, spice: 'none' }]);
  });
});

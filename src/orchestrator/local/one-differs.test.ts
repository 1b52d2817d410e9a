import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { fillArgs } from './fill-args.ts';
import { newGoal } from './goals.ts';
import { oneDiffers } from './one-differs.ts';

const noodles = { id: 'n1', names: ['牛肉面'] };
const spicyNoodles = { id: 'n9', names: ['辣子牛肉面'] };
const saysOption = (clause: string) => /微辣|特辣|加蛋|spicy|egg/.test(clause);

describe('one of several counted, made another way', () => {
  it('is the count less one as said, and one with the option', () => {
    const clauses = ['两碗牛肉面', '一碗加蛋'];
    expect(oneDiffers([{ entity: noodles, text: '两碗牛肉面' }], clauses, saysOption)).toEqual([
      { entity: noodles, text: '1碗牛肉面' },
      { entity: noodles, text: '一碗加蛋', also: [] },
    ]);
  });

  it('reads a later clause that points back at that one as its own, not as a thing named', () => {
    const clauses = ['三碗牛肉面', '一碗要特辣', '特辣那碗加蛋'];
    const found = [{ entity: noodles, text: '三碗牛肉面' }, { entity: spicyNoodles, text: '特辣那碗加蛋' }];
    expect(oneDiffers(found, clauses, saysOption)).toEqual([
      { entity: noodles, text: '2碗牛肉面' },
      { entity: noodles, text: '一碗要特辣', also: ['特辣那碗加蛋'] },
    ]);
  });

  it('finds the clause that points back before the count too (a correction read first)', () => {
    const clauses = ['特辣那碗加蛋', '三碗牛肉面', '一碗要特辣'];
    const found = [{ entity: spicyNoodles, text: '特辣那碗加蛋' }, { entity: noodles, text: '三碗牛肉面' }];
    expect(oneDiffers(found, clauses, saysOption)).toEqual([
      { entity: noodles, text: '2碗牛肉面' },
      { entity: noodles, text: '一碗要特辣', also: ['特辣那碗加蛋'] },
    ]);
  });

  it('leaves a thing counted once, or with no one said apart, as it is', () => {
    expect(oneDiffers([{ entity: noodles, text: '一碗牛肉面' }], ['一碗牛肉面', '一碗加蛋'], saysOption)).toEqual([{ entity: noodles, text: '一碗牛肉面' }]);
    expect(oneDiffers([{ entity: noodles, text: '两碗牛肉面' }], ['两碗牛肉面', '都要微辣'], saysOption)).toEqual([{ entity: noodles, text: '两碗牛肉面' }]);
  });
});

describe('an order with one of several made another way', () => {
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

  it('orders the count less one as said, and one with the option', () => {
    const goal = newGoal('', order);
    const siblings = [listDishes, order];
    fillArgs(goal, { texts: ['三碗牛肉面，一碗要特辣'], now: new Date(), timeZone: 'Asia/Shanghai', userCity: undefined, tool: order, transcript: [dishes], siblings, sibling: (api: string) => siblings.find((t) => t.api === api) });
    expect(goal.args.lines).toEqual([{ dishId: 'n1', qty: 2 }, { dishId: 'n1', qty: 1, spice: 'hot' }]);
  });
});

import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { fillArgs } from './fill-args.ts';
import { newGoal } from './goals.ts';

/**
 * A small skill of the tests' own: a noodle shop (and its bottled juice) whose order takes lines of a dish (from its
 * list), a count, a spice level and an egg added. `orderLines(text)` fills that order from `text` with the
 * dish list already read, as the planner would, and gives the lines it filled.
 */
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
      egg: { type: 'boolean', description: '加蛋：true=加一个蛋/add an egg' },
    } } },
  },
});
const dishes: Transcript = { role: 'tool-result', callId: 'r', toolId: 'noodle.listDishes', isError: false, content: '', structuredContent: { dishes: [{ dishId: 'n1', name: '牛肉面' }, { dishId: 'n2', name: '凉皮' }, { dishId: 'n3', name: '云溪维生素C橙汁' }] } };

export function orderLines(text: string): unknown {
  const goal = newGoal('', order);
  const siblings = [listDishes, order];
  fillArgs(goal, { texts: [text], now: new Date(), timeZone: 'Asia/Shanghai', userCity: undefined, tool: order, transcript: [dishes], siblings, sibling: (api: string) => siblings.find((t) => t.api === api) });
  return goal.args.lines;
}

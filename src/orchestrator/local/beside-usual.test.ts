import { describe, expect, it } from 'vitest';
import type { Transcript } from '../planner.ts';
import { besideUsual } from './beside-usual.ts';
import { LocalPlanner } from './local-planner.ts';
import { testCatalog } from './test-catalog.ts';

// an invented noodle counter: a dish list, and an order of lines taking the dishes' IDs
const catalog = () => testCatalog([
  { appId: 'noodle', appName: '面馆', api: 'listDishes', readOnly: true, description: '面馆菜单：dishes[].id、名称和价格。下单前先调用。' },
  {
    appId: 'noodle', appName: '面馆', api: 'placeOrder', description: '点面下单，到店自取。',
    inputSchema: {
      type: 'object', required: ['lines'],
      properties: {
        lines: {
          type: 'array',
          items: {
            type: 'object', required: ['dishId'],
            properties: {
              dishId: { type: 'string', description: '来自 listDishes 的 dishes[].id' },
              spice: { type: 'string', enum: ['mild', 'hot'], description: '辣度：mild=微辣/mild, hot=特辣/extra hot' },
              portion: { type: 'string', enum: ['small', 'large'], description: '份量：small=小份/small, large=大份/large' },
              qty: { type: 'integer', minimum: 1, description: '份数' },
            },
          },
        },
      },
    },
  },
], { 'noodle.listDishes': ['番茄鸡蛋面 Tomato Egg Noodles', '红烧牛肉面 Braised Beef Noodles'] });

const dishes = [{ id: 'n7', name: '番茄鸡蛋面 Tomato Egg Noodles' }, { id: 'n8', name: '红烧牛肉面 Braised Beef Noodles' }];
const usual = { noodle: { dishId: 'n7', spice: 'mild', portion: 'small' } };

describe('what a request for the usual orders beside it', () => {
  it('is the clauses that name another thing of the usual\'s list', () => {
    const order = catalog().tool('noodle.placeOrder')!;
    expect(besideUsual('老规矩来一份，再帮我朋友带一份大份特辣的牛肉面', order, catalog())).toBe('帮我朋友带一份大份特辣的牛肉面');
    expect(besideUsual('The usual, plus a large beef noodles for my friend', order, catalog())).toBe('a large beef noodles for my friend');
  });

  it('keeps what is said after the other thing with it', () => {
    const order = catalog().tool('noodle.placeOrder')!;
    expect(besideUsual('老规矩来一份，顺便带一份牛肉面，大份的', order, catalog())).toBe('顺便带一份牛肉面，大份的');
  });

  it('is nothing where the other words only change the usual', () => {
    const order = catalog().tool('noodle.placeOrder')!;
    expect(besideUsual('老规矩来一份，今天要特辣', order, catalog())).toBeUndefined();
  });
});

describe('the usual and another thing in one order', () => {
  it('orders both, each with its own options', async () => {
    const planner = new LocalPlanner();
    const transcript: Transcript[] = [{ role: 'user', text: '老规矩来一份，再帮我朋友带一份大份特辣的牛肉面' }];
    const user = { id: 'u', name: 'U', lang: 'zh' as const, city: '上海', preferences: usual };
    const clock = { now: () => new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' };
    let memo: unknown;
    for (let i = 0; i < 4; i++) {
      const step = await planner.next({ transcript, user, catalog: catalog(), clock, memo, knownIds: [] });
      memo = step.memo;
      if (step.type !== 'call') throw new Error(`expected a call, got ${JSON.stringify(step)}`);
      if (step.toolId === 'noodle.placeOrder') {
        expect(step.arguments.lines).toEqual([
          { dishId: 'n7', spice: 'mild', portion: 'small', qty: 1 },
          { dishId: 'n8', spice: 'hot', portion: 'large', qty: 1 },
        ]);
        return;
      }
      transcript.push({ role: 'tool-call', callId: `c${i}`, toolId: step.toolId, arguments: step.arguments });
      transcript.push({ role: 'tool-result', callId: `c${i}`, toolId: step.toolId, isError: false, content: '', structuredContent: { dishes } });
    }
    throw new Error('never ordered');
  });
});

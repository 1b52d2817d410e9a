import { describe, expect, it } from 'vitest';
import { boundsNotice, outOfBounds } from './bounds.ts';

const order = {
  type: 'object',
  properties: {
    guests: { type: 'integer', minimum: 1, maximum: 4, description: '入住人数' },
    items: { type: 'array', items: { type: 'object', properties: { qty: { type: 'integer', minimum: 1, maximum: 10, description: '数量（盒/包），用户没说时为 1' } } } },
  },
};

describe('a number the request gave that the API does not take', () => {
  it('is found at any depth, with the limit it passes', () => {
    expect(outOfBounds({ guests: 2, items: [{ qty: 3 }, { qty: 20 }] }, order)).toEqual({ path: 'items.1.qty', value: 20, max: 10 });
    expect(outOfBounds({ guests: 0 }, order)).toEqual({ path: 'guests', value: 0, min: 1 });
    expect(outOfBounds({ guests: 4, items: [{ qty: 10 }] }, order)).toBeUndefined();
  });

  it('reads exclusive bounds as the nearest whole number allowed', () => {
    expect(outOfBounds({ n: 5 }, { properties: { n: { type: 'integer', exclusiveMaximum: 5 } } })).toEqual({ path: 'n', value: 5, max: 4 });
  });

  it('is told to the user in their language, with what they said', () => {
    const found = { path: 'items.1.qty', value: 20, max: 10 };
    expect(boundsNotice(found, order.properties.items.items.properties.qty, 'zh')).toBe('数量最多 10，你说的是 20，超过了上限。要改成多少？');
    expect(boundsNotice({ path: 'guests', value: 0, min: 1 }, { description: 'number of guests' }, 'en')).toBe('The number of guests must be at least 1 (you said 0). What would you like instead?');
  });

  it('reads a limit the description states in words, and says it with its unit', () => {
    const weight = { type: 'number', description: '包裹重量：单位公斤，如「3公斤」→3；单件最重 30 公斤' } as const;
    const hours = { type: 'integer', description: 'How long, up to 6 hours' } as const;
    expect(outOfBounds({ weightKg: 35 }, { properties: { weightKg: weight } })).toEqual({ path: 'weightKg', value: 35, max: 30 });
    expect(outOfBounds({ weightKg: 30 }, { properties: { weightKg: weight } })).toBeUndefined();
    expect(boundsNotice({ path: 'weightKg', value: 35, max: 30 }, weight, 'zh')).toBe('包裹重量最多 30 公斤，你说的是 35 公斤，超过了上限。要改成多少？');
    expect(outOfBounds({ hours: 8 }, { properties: { hours } })).toEqual({ path: 'hours', value: 8, max: 6 });
    expect(boundsNotice({ path: 'hours', value: 8, max: 6 }, hours, 'en')).toMatch(/at most 6 hours \(you said 8 hours\)/);
  });
});

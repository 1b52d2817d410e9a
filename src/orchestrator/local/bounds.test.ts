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
    expect(boundsNotice(found, order.properties.items.items.properties.qty, 'zh')).toBe('数量最多 10，你说的是 20。要改成多少？');
    expect(boundsNotice({ path: 'guests', value: 0, min: 1 }, { description: 'number of guests' }, 'en')).toBe('The number of guests must be at least 1 (you said 0). What would you like instead?');
  });
});

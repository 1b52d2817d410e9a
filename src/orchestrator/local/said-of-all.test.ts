import { describe, expect, it } from 'vitest';
import { saidOfAll } from './said-of-all.ts';
import { orderLines } from './test-support.ts';

describe('a detail said of every item', () => {
  it('is a clause that names no item and says all of them', () => {
    const clauses = ['两碗牛肉面', '一碗凉皮', '都要微辣', '打包'];
    expect(saidOfAll(clauses, new Set(['两碗牛肉面', '一碗凉皮']))).toEqual(['都要微辣']);
    expect(saidOfAll(['two teas', 'a scone', 'all to go'], new Set(['two teas', 'a scone']))).toEqual(['all to go']);
    expect(saidOfAll(['a tea', 'a scone', 'no sugar on either'], new Set(['a tea', 'a scone']))).toEqual(['no sugar on either']);
  });

  it('is never a clause that names an item, nor one that does not say all', () => {
    expect(saidOfAll(['两碗都要微辣的牛肉面', '打包'], new Set(['两碗都要微辣的牛肉面']))).toEqual([]);
  });
});

describe('a thing named again with how it is made', () => {
  it('is made so, not dropped with the mention (「两碗牛肉面一份凉皮，凉皮特辣」)', () => {
    expect(orderLines('两碗牛肉面一份凉皮，凉皮特辣')).toEqual([{ dishId: 'n1', qty: 2 }, { dishId: 'n2', qty: 1, spice: 'hot' }]);
  });
});

describe('an order whose items share a detail said once', () => {
  it('reads it for every item, after each item’s own words', () => {
    expect(orderLines('两碗牛肉面，一碗不辣的凉皮，都要微辣')).toEqual([{ dishId: 'n1', qty: 2, spice: 'mild' }, { dishId: 'n2', qty: 1, spice: 'none' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { orderLines } from './test-support.ts';

describe('several named in one clause', () => {
  it('are each counted by the words between the names beside them', () => {
    expect(orderLines('两碗牛肉面一份凉皮')).toEqual([{ dishId: 'n1', qty: 2 }, { dishId: 'n2', qty: 1 }]);
  });
});

import { describe, expect, it } from 'vitest';
import type { OrderDetails } from '../pay/index.ts';
import { captured, matchOrders, refundOf } from './judge.ts';

const order = {
  orderId: 'o1', appId: 'cleaning', amountFen: 9900, refundedFen: 7920, meta: {},
  lines: [{ ref: 'daily-2h', name: '日常保洁', qty: 1, unitPriceFen: 9900, options: {} }],
} as unknown as OrderDetails;

describe('judging refunds', () => {
  it('counts what came back, not what was paid (a late cancellation keeps a fee)', () => {
    expect(refundOf(order).amount).toBe(79.2);
    expect(captured(order).amount).toBe(99);
    expect(matchOrders([{ merchant: 'cleaning', amount: 79.2 }], [refundOf(order)], 'refund')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { typedId } from './typed-id.ts';

const order = { type: 'string', description: '订单号' } as const;

describe('a code the user typed, for a parameter that takes one', () => {
  it('takes the one code in the request, in either language', () => {
    expect(typedId('orderId', order, ['帮我取消唱吧的订单 ord_99999'])).toBe('ord_99999');
    expect(typedId('bookingRef', { type: 'string' }, ['Please cancel booking BK-2026-0042 for me'])).toBe('BK-2026-0042');
    expect(typedId('no', { type: 'string', description: '预约号' }, ['查一下预约号 20261120001 的状态'])).toBe('20261120001');
  });

  it('takes no date, time, phone number, amount or count for a code', () => {
    expect(typedId('orderId', order, ['取消 2026-11-20 下午3点的订单，电话13800138000，50元，2个'])).toBeUndefined();
    expect(typedId('orderId', order, ['cancel the 3pm one, 2 people, 10km away'])).toBeUndefined();
  });

  it('does not choose between two codes, and fills no parameter that is not a code', () => {
    expect(typedId('orderId', order, ['取消 ord_1001 和 ord_1002'])).toBeUndefined();
    expect(typedId('remark', { type: 'string', description: '备注' }, ['备注 ord_99999'])).toBeUndefined();
    expect(typedId('count', { type: 'integer', description: '订单号' }, ['ord_99999'])).toBeUndefined();
  });
});

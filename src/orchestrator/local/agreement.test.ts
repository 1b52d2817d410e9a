import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import { agreementParam } from './agreement.ts';

const cancel = {
  id: 'clean.cancelBooking', appId: 'clean', api: 'cancelBooking', description: '取消预约并退款。',
  inputSchema: {
    type: 'object', required: ['orderId'],
    properties: {
      orderId: { type: 'string' },
      acceptFee: { type: 'boolean', description: '用户已同意扣除违约金时传 true；第一次调用不传。' },
      notify: { type: 'boolean', description: 'true=短信通知' },
    },
  },
} as unknown as Tool;

describe('a result that asks the user to agree first', () => {
  it('finds the flag the user\'s yes sets, where the result names it or asks', () => {
    expect(agreementParam(cancel, { orderId: 'o1' }, '取消需扣违约金 ¥19.80。用户同意后再用 acceptFee=true 调用。')).toBe('acceptFee');
    expect(agreementParam(cancel, { orderId: 'o1' }, '取消需扣违约金 ¥19.80，是否仍要取消？')).toBe('acceptFee');
  });

  it('asks nothing once the flag is set, or when the result asks nothing', () => {
    expect(agreementParam(cancel, { orderId: 'o1', acceptFee: true }, '用户同意后再用 acceptFee=true 调用。')).toBeUndefined();
    expect(agreementParam(cancel, { orderId: 'o1' }, '预约已取消，退款 ¥99.00。')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { errorNames } from './error-names.ts';
import { scalarParams } from './schema-paths.ts';

/** A laundry pickup of the test's own: the courier needs a door to come to, a phone is optional. */
const params = scalarParams({
  type: 'object', required: ['shopId', 'mode'],
  properties: {
    shopId: { type: 'string', description: '洗衣店ID' },
    mode: { type: 'string', enum: ['courier', 'dropoff'], description: 'courier=上门取件，dropoff=自己送到店' },
    pickupAddress: { type: 'string', description: '上门取件时必填：取件的详细地址（pickup address）' },
    phone: { type: 'string', description: '可选，联系电话（contact phone）' },
  },
});

describe('errorNames', () => {
  it('names the parameter a failed call asks for by the words of its description', () => {
    expect(errorNames('上门取件需要取件地址，未下单。请先问用户地址', params)).toEqual({ path: 'pickupAddress', label: '取件地址' });
    expect(errorNames('缺少联系电话，请补充后再提交', params)).toEqual({ path: 'phone', label: '联系电话' });
  });

  it('reads English errors by the words of a name or description', () => {
    expect(errorNames('Courier pickups require a pickup address; nothing was booked.', params)?.path).toBe('pickupAddress');
    expect(errorNames('A contact phone is required for courier pickups.', params)?.path).toBe('phone');
  });

  it('names nothing where the error asks for nothing a parameter describes', () => {
    expect(errorNames('该洗衣店今天已满，未下单。', params)).toBeUndefined();
    expect(errorNames('Sold out today.', params)).toBeUndefined();
  });
});

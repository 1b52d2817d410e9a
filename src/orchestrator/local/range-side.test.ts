import { describe, expect, it } from 'vitest';
import { rangeSide } from './fill-value.ts';

describe('which end of a range a parameter is', () => {
  it('reads the ends from names and descriptions', () => {
    expect(rangeSide('startAfter', '')).toBe('after');
    expect(rangeSide('latestTime', '')).toBe('before');
    expect(rangeSide('slot', '只看这个时间之后的场次')).toBe('after');
    expect(rangeSide('slot', '截止时间')).toBe('before');
  });

  it('does not take a limit on the value itself for a range end (「不能早于今天」)', () => {
    expect(rangeSide('deliveryDate', '送达日期，YYYY-MM-DD，如「明天」换算成日期；不能早于今天。用户没说时先问。')).toBeUndefined();
    expect(rangeSide('date', 'the visit date; must not be earlier than today')).toBeUndefined();
    expect(rangeSide('date', '预约日期')).toBeUndefined();
  });
});

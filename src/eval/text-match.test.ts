import { describe, expect, it } from 'vitest';
import { containsText } from './text-match.ts';

describe('a reply checked for a text', () => {
  it('finds an amount however it is written', () => {
    expect(containsText('合计 ¥186.40。', '186.4')).toBe(true);
    expect(containsText('Paid ¥1,280.00', '1280')).toBe(true);
    expect(containsText('快车 ¥27.85', '27.85')).toBe(true);
  });

  it('finds a number only where it stands on its own, never inside an order ID or a longer number', () => {
    expect(containsText('订单 ord_mxbqi42y8043 已支付 ¥84.00', '42')).toBe(false);
    expect(containsText('合计 ¥1420.00', '420')).toBe(false);
    expect(containsText('贵出 ¥420.00', '420')).toBe(true);
    expect(containsText('余42位', '42')).toBe(true);
  });

  it('finds any other text as it is', () => {
    expect(containsText('电话 021-62880003', '021-62880003')).toBe(true);
    expect(containsText('ＳＫ大厦', 'sk大厦')).toBe(true);
  });
});

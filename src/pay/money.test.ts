import { describe, expect, it } from 'vitest';
import { allocateRefund, checkDraft, checkSplitPolicy, formatYuan, parseYuan, splitAmount, toYuan, type OrderDraft } from './index.ts';

describe('yuan at the edge, fen inside', () => {
  it('converts exactly, tolerating float noise but never a third decimal', () => {
    expect(parseYuan(21)).toEqual({ ok: true, value: 2100 });
    expect(parseYuan(186.4)).toEqual({ ok: true, value: 18640 });
    expect(parseYuan(3 * 6.8)).toEqual({ ok: true, value: 2040 }); // 20.400000000000002
    expect(parseYuan(0.1 + 0.2)).toEqual({ ok: true, value: 30 });
    expect(parseYuan('21.00')).toEqual({ ok: true, value: 2100 });
    expect(parseYuan('7.5')).toEqual({ ok: true, value: 750 });
    expect(parseYuan(1.005).ok).toBe(false);
    expect(parseYuan(0.001).ok).toBe(false);
    expect(parseYuan('21.001').ok).toBe(false);
    expect(parseYuan('abc').ok).toBe(false);
    expect(parseYuan(Number.NaN).ok).toBe(false);
    expect(parseYuan(-1).ok).toBe(false);
    expect(parseYuan(-1, { allowNegative: true })).toEqual({ ok: true, value: -100 });
    expect(parseYuan(1e12).ok).toBe(false);
  });

  it('prints and returns yuan', () => {
    expect(formatYuan(2100)).toBe('¥21.00');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(-1999)).toBe('-¥19.99');
    expect(toYuan(18640)).toBe(186.4);
  });
});

describe('order drafts', () => {
  const draft: OrderDraft = { title: '拿铁', amount: 43, lines: [{ ref: 'd02', name: '拿铁', qty: 2, unitPrice: 21.5, options: { size: 'L' } }], meta: { store: 's1' }, notifyApi: 'notify' };

  it('accepts lines that sum to the amount and keeps exact fen per line', () => {
    const checked = checkDraft(draft);
    expect(checked.amountFen).toBe(4300);
    expect(checked.lines[0]).toMatchObject({ unitPriceFen: 2150, unitPrice: 21.5, options: { size: 'L' } });
    expect(checkDraft({ ...draft, amount: 40, lines: [...draft.lines, { ref: 'coupon', name: '优惠', qty: 1, unitPrice: -3 }] }).amountFen).toBe(4000);
  });

  it('rejects, naming the field and the fix', () => {
    const cases: [OrderDraft, RegExp][] = [
      [{ ...draft, amount: 42.99 }, /¥42\.99.*¥43\.00/],
      [{ ...draft, amount: 43.001 }, /more than two decimals/],
      [{ ...draft, amount: 0, lines: [{ ref: 'x', name: 'x', qty: 1, unitPrice: 0 }] }, /above zero/],
      [{ ...draft, lines: [] }, /at least one line/],
      [{ ...draft, lines: [{ ref: 'd', name: 'd', qty: 1.5, unitPrice: 1 }] }, /qty/],
      [{ ...draft, lines: [{ ref: '', name: 'd', qty: 1, unitPrice: 43 }] }, /ref/],
      [{ ...draft, title: '' }, /title/],
      [{ ...draft, meta: [] as unknown as Record<string, unknown> }, /meta/],
    ];
    for (const [bad, message] of cases) expect(() => checkDraft(bad)).toThrow(message);
    try {
      checkDraft({ ...draft, lines: [draft.lines[0]!, { ref: 'x', name: 'x', qty: 1, unitPrice: 0.001 }] });
      expect.unreachable();
    } catch (error) {
      expect((error as { details: { where: string } }).details.where).toBe('createOrder.lines[1].unitPrice');
    }
  });
});

describe('splits', () => {
  it('rounds the entrance and operator shares down and gives the merchant the rest', () => {
    const split = checkSplitPolicy({ entrancePercent: 1.5, operatorPercent: 3 });
    expect(splitAmount(2100, split)).toEqual({ entranceFen: 31, operatorFen: 63, merchantFen: 2006 });
    expect(splitAmount(1, split)).toEqual({ entranceFen: 0, operatorFen: 0, merchantFen: 1 });
    expect(splitAmount(2100, checkSplitPolicy())).toEqual({ entranceFen: 0, operatorFen: 0, merchantFen: 2100 });
  });

  it('refuses a policy over 100% or finer than basis points', () => {
    expect(() => checkSplitPolicy({ entrancePercent: 60, operatorPercent: 50 })).toThrow(/100/);
    expect(() => checkSplitPolicy({ entrancePercent: 0.001, operatorPercent: 0 })).toThrow(/entrancePercent/);
    expect(() => checkSplitPolicy({ entrancePercent: -1, operatorPercent: 0 })).toThrow();
  });

  it('takes a refund back in proportion, never more than an account holds, exactly on a full refund', () => {
    const holdings = [{ accountId: 'merchant:a', fen: 2006 }, { accountId: 'entrance:web', fen: 31 }, { accountId: 'operator', fen: 63 }];
    expect(allocateRefund(2100, holdings)).toEqual(holdings);
    const part = allocateRefund(700, holdings);
    expect(part.reduce((sum, p) => sum + p.fen, 0)).toBe(700);
    for (const p of part) expect(p.fen).toBeLessThanOrEqual(holdings.find((h) => h.accountId === p.accountId)!.fen);
    for (let fen = 1; fen <= 97; fen++) {
      const small = [{ accountId: 'm', fen: 90 }, { accountId: 'e', fen: 3 }, { accountId: 'o', fen: 4 }];
      const parts = allocateRefund(fen, small);
      expect(parts.reduce((sum, p) => sum + p.fen, 0)).toBe(fen);
      for (const p of parts) expect(p.fen).toBeLessThanOrEqual(small.find((h) => h.accountId === p.accountId)!.fen);
    }
    expect(() => allocateRefund(2101, holdings)).toThrow(RangeError);
  });
});

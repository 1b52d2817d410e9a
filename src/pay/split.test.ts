import { describe, expect, it } from 'vitest';
import { AgentOsError } from '../core/index.ts';
import { allocateRefund, checkSplitPolicy, parseYuan, splitAmount, toYuan } from './index.ts';
import { MAX_FEN } from './money.ts';

describe('shares of a payment', () => {
  it('takes a policy up to exactly 100 % in all, in basis points, and refuses anything else naming the field', () => {
    expect(checkSplitPolicy({ entrancePercent: 60, operatorPercent: 40 })).toEqual({ policy: { entrancePercent: 60, operatorPercent: 40 }, entranceBp: 6000, operatorBp: 4000 });
    expect(checkSplitPolicy({ entrancePercent: 100, operatorPercent: 0 }).entranceBp).toBe(10_000);
    expect(checkSplitPolicy({ entrancePercent: 0.01, operatorPercent: 2.55 })).toMatchObject({ entranceBp: 1, operatorBp: 255 });
    const refused: Array<[unknown, unknown, string]> = [
      [60, 40.01, 'splitPolicy'], [100.01, 0, 'splitPolicy.entrancePercent'], [0, 101, 'splitPolicy.operatorPercent'],
      ['5', 0, 'splitPolicy.entrancePercent'], [0, Number.NaN, 'splitPolicy.operatorPercent'], [0, -0.01, 'splitPolicy.operatorPercent'],
      [0, 1.234, 'splitPolicy.operatorPercent'],
    ];
    for (const [entrancePercent, operatorPercent, where] of refused) {
      const error = (() => { try { checkSplitPolicy({ entrancePercent, operatorPercent } as never); } catch (caught) { return caught; } })();
      expect(error, `${String(entrancePercent)} / ${String(operatorPercent)}`).toBeInstanceOf(AgentOsError);
      expect((error as AgentOsError).code).toBe('BAD_REQUEST');
      expect((error as AgentOsError).details.where).toBe(where);
      expect((error as AgentOsError).details.fix).toBeTruthy();
      expect((error as AgentOsError).message).toMatch(/[\u4e00-\u9fff].*\/ [a-z]/);
    }
  });

  it('gives the whole payment out, shares rounded down and the rest to the merchant', () => {
    const split = checkSplitPolicy({ entrancePercent: 33.33, operatorPercent: 33.33 });
    expect(splitAmount(100, split)).toEqual({ entranceFen: 33, operatorFen: 33, merchantFen: 34 });
    expect(splitAmount(MAX_FEN, checkSplitPolicy({ entrancePercent: 100, operatorPercent: 0 }))).toEqual({ entranceFen: MAX_FEN, operatorFen: 0, merchantFen: 0 });
  });

  it('gives a refund\'s odd fen to the share with the largest remainder, and nothing to a share with none', () => {
    const holdings = [{ accountId: 'merchant:a', fen: 90 }, { accountId: 'entrance:web', fen: 3 }, { accountId: 'operator', fen: 4 }];
    expect(allocateRefund(1, holdings)).toEqual([{ accountId: 'merchant:a', fen: 1 }]);
    expect(allocateRefund(2, [{ accountId: 'a', fen: 1 }, { accountId: 'b', fen: 3 }])).toEqual([{ accountId: 'a', fen: 1 }, { accountId: 'b', fen: 1 }]);
    expect(allocateRefund(50, [{ accountId: 'a', fen: 50 }, { accountId: 'b', fen: 50 }])).toEqual([{ accountId: 'a', fen: 25 }, { accountId: 'b', fen: 25 }]);
    expect(allocateRefund(0, holdings)).toEqual([]);
    expect(allocateRefund(0, [])).toEqual([]);
    expect(allocateRefund(0, [{ accountId: 'a', fen: 0 }])).toEqual([]); // an account that holds nothing gives nothing
    // equal remainders: the odd fen goes to the first account in order (merchant first), every time
    expect(allocateRefund(3, [{ accountId: 'a', fen: 5 }, { accountId: 'b', fen: 1 }, { accountId: 'c', fen: 1 }]))
      .toEqual([{ accountId: 'a', fen: 2 }, { accountId: 'b', fen: 1 }]);
    expect(allocateRefund(2, [{ accountId: 'a', fen: 1 }, { accountId: 'b', fen: 1 }, { accountId: 'c', fen: 5 }]))
      .toEqual([{ accountId: 'c', fen: 2 }]);
    expect(() => allocateRefund(1, [])).toThrow(RangeError);
    // fen × fen past 2^53: still exact
    const big = [{ accountId: 'a', fen: MAX_FEN - 1 }, { accountId: 'b', fen: 1 }];
    expect(allocateRefund(MAX_FEN - 1, big)).toEqual([{ accountId: 'a', fen: MAX_FEN - 2 }, { accountId: 'b', fen: 1 }]);
  });
});

describe('yuan read at the edge', () => {
  it('reads written amounts exactly: spaces, a sign, one or two decimals, zero without its sign', () => {
    expect(parseYuan(' 21.5 ')).toEqual({ ok: true, value: 2150 });
    expect(parseYuan('-1.05', { allowNegative: true })).toEqual({ ok: true, value: -105 });
    expect(parseYuan('-1.05').ok).toBe(false);
    expect(parseYuan('0')).toEqual({ ok: true, value: 0 });
    expect(Object.is((parseYuan('-0', { allowNegative: true }) as { value: number }).value, 0)).toBe(true);
    expect(Object.is((parseYuan(-0) as { value: number }).value, 0)).toBe(true);
    for (const text of ['1.', '.5', '1.5.0', '+1', '1e3', '', '¥21', '21 元', 'x21', '21x']) expect(parseYuan(text).ok, text).toBe(false);
    for (const value of [null, undefined, {}, [], true, Number.POSITIVE_INFINITY]) expect(parseYuan(value).ok, String(value)).toBe(false);
  });

  it('handles up to ¥10,000,000.00 and not a fen more, either way', () => {
    expect(parseYuan(MAX_FEN / 100)).toEqual({ ok: true, value: MAX_FEN });
    expect(parseYuan('10000000.00')).toEqual({ ok: true, value: MAX_FEN });
    expect(parseYuan(MAX_FEN / 100 + 0.01).ok).toBe(false);
    expect(parseYuan(-MAX_FEN / 100, { allowNegative: true })).toEqual({ ok: true, value: -MAX_FEN });
    expect(parseYuan('-10000000.01', { allowNegative: true }).ok).toBe(false);
    const refused = parseYuan('10000000.01');
    expect(!refused.ok && refused.error).toContain('¥10000000.00');
  });

  it('says what was wrong with the amount it could not read, naming it', () => {
    for (const [value, named] of [['21.001', '"21.001"'], [1.005, '1.005'], [{ yuan: 1 }, '{"yuan":1}'], [-3, '-3']] as const) {
      const result = parseYuan(value);
      expect(!result.ok && result.error, String(value)).toContain(named);
    }
    expect(toYuan(2150.4)).toBe(21.5);
  });
});

import { describe, expect, it } from 'vitest';
import type { AgentOsError } from '../core/index.ts';
import { checkDraft, type OrderDraft } from './index.ts';
import { ORDER_LIMITS } from './draft.ts';

const line = { ref: 'd02', name: '拿铁', qty: 1, unitPrice: 21 };
const draft = (over: Record<string, unknown> = {}): OrderDraft => ({ title: '拿铁', amount: 21, lines: [line], ...over }) as OrderDraft;

/** Where a refused draft points (the field a mini-program's developer must fix), or undefined when accepted. */
function refusedAt(input: unknown): string | undefined {
  try {
    checkDraft(input as OrderDraft);
    return undefined;
  } catch (error) {
    const { code, message, details } = error as AgentOsError;
    expect(code).toBe('BAD_REQUEST');
    expect(message).toMatch(/[\u4e00-\u9fff].* \/ .*[a-z]/); // both languages
    expect(details.fix).toBeTruthy();
    return details.where;
  }
}

describe('an order a mini-program writes, checked before anyone can be asked to pay it', () => {
  it('takes each limit exactly and refuses one past it, naming the field', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...line, ref: `r${i}`, unitPrice: 1 }));
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: 't'.repeat(ORDER_LIMITS.titleChars + 1) }, 'createOrder.title'],
      [{ lines: many(ORDER_LIMITS.lines + 1), amount: ORDER_LIMITS.lines + 1 }, 'createOrder.lines'],
      [{ lines: [{ ...line, ref: 'r'.repeat(ORDER_LIMITS.refChars + 1) }] }, 'createOrder.lines[0].ref'],
      [{ lines: [{ ...line, name: 'n'.repeat(ORDER_LIMITS.nameChars + 1) }] }, 'createOrder.lines[0].name'],
      [{ lines: [{ ...line, qty: ORDER_LIMITS.qty + 1, unitPrice: 0.01 }], amount: 1000.01 }, 'createOrder.lines[0].qty'],
      [{ meta: { note: 'm'.repeat(ORDER_LIMITS.metaBytes) } }, 'createOrder.meta'],
    ];
    for (const [over, where] of cases) expect(refusedAt(draft(over)), where).toBe(where);
    const atLimits = draft({
      title: 't'.repeat(ORDER_LIMITS.titleChars),
      lines: [{ ...line, ref: 'r'.repeat(ORDER_LIMITS.refChars), name: 'n'.repeat(ORDER_LIMITS.nameChars), qty: ORDER_LIMITS.qty, unitPrice: 0.01 }],
      amount: 1000, meta: { note: 'm'.repeat(ORDER_LIMITS.metaBytes - 11) }, // {"note":"…"} is 11 bytes more
    });
    expect(refusedAt(atLimits)).toBeUndefined();
    expect(refusedAt(draft({ lines: many(ORDER_LIMITS.lines), amount: ORDER_LIMITS.lines }))).toBeUndefined();
  });

  it('refuses what is not an order, a line or a count, and an amount no one can pay', () => {
    const cases: Array<[unknown, string]> = [
      [null, 'createOrder.order'], [[], 'createOrder.order'], ['order', 'createOrder.order'],
      [draft({ title: '   ' }), 'createOrder.title'], [draft({ title: 7 }), 'createOrder.title'],
      [draft({ amount: 'a lot' }), 'createOrder.amount'], [draft({ amount: -21 }), 'createOrder.amount'],
      [draft({ amount: 0, lines: [{ ...line, unitPrice: 0 }] }), 'createOrder.amount'], // nothing to pay
      [draft({ amount: 20.99 }), 'createOrder.amount'], // not the lines' total
      [draft({ lines: 'latte' }), 'createOrder.lines'],
      [draft({ lines: ['latte'] }), 'createOrder.lines[0]'], [draft({ lines: [null] }), 'createOrder.lines[0]'],
      [draft({ lines: [{ ...line, name: ' ' }] }), 'createOrder.lines[0].name'], [draft({ lines: [{ ...line, ref: 5 }] }), 'createOrder.lines[0].ref'],
      [draft({ lines: [{ ...line, qty: 0 }] }), 'createOrder.lines[0].qty'], [draft({ lines: [{ ...line, qty: -1 }] }), 'createOrder.lines[0].qty'],
      [draft({ lines: [{ ...line, qty: '1' }] }), 'createOrder.lines[0].qty'],
      [draft({ lines: [{ ...line, unitPrice: 'free' }] }), 'createOrder.lines[0].unitPrice'],
      [draft({ lines: [{ ...line, qty: 2, unitPrice: 6_000_000 }, { ...line, ref: 'c', unitPrice: -6_000_000 }], amount: 6_000_000 }), 'createOrder.lines[0]'], // a line past ¥10,000,000, hidden by a negative one
      [draft({ lines: [{ ...line, options: 'large' }] }), 'createOrder.lines[0].options'],
      [draft({ lines: [{ ...line, options: ['large'] }] }), 'createOrder.lines[0].options'],
      [draft({ meta: 'table 4' }), 'createOrder.meta'],
      [draft({ notifyApi: '' }), 'createOrder.notifyApi'], [draft({ notifyApi: 3 }), 'createOrder.notifyApi'],
    ];
    for (const [input, where] of cases) expect(refusedAt(input), JSON.stringify(input)?.slice(0, 80)).toBe(where);
  });

  it('names both sums, the order\'s and its lines\', in both languages when they differ; a line may reach ¥10,000,000.00', () => {
    const message = (() => { try { checkDraft(draft({ amount: 20.99 })); } catch (error) { return (error as AgentOsError).message; } })() ?? '';
    const [zh = '', en = ''] = message.split(' / ');
    for (const text of [zh, en]) expect(text.indexOf('¥20.99')).toBeLessThan(text.indexOf('¥21.00'));
    expect(zh).toMatch(/^[^a-z]*$/);
    expect(en).toMatch(/^[^\u4e00-\u9fff]*$/);
    expect(checkDraft(draft({ amount: 10_000_000, lines: [{ ...line, unitPrice: 10_000_000 }] })).amountFen).toBe(1_000_000_000);
  });

  it('keeps what it accepted: the lines in fen and yuan, options, meta and the API to tell of payment', () => {
    const checked = checkDraft(draft({ lines: [{ ...line, options: { size: 'L' } }], meta: { table: 4 }, notifyApi: 'onPaid' }));
    expect(checked).toEqual({
      title: '拿铁', amountFen: 2100, meta: { table: 4 }, notifyApi: 'onPaid',
      lines: [{ ref: 'd02', name: '拿铁', qty: 1, unitPrice: 21, unitPriceFen: 2100, options: { size: 'L' } }],
    });
    const bare = checkDraft(draft());
    expect(bare.meta).toEqual({});
    expect(bare).not.toHaveProperty('notifyApi');
    expect(bare.lines[0]).not.toHaveProperty('options');
  });
});

import { describe, expect, it } from 'vitest';
import { canonicalJson } from './hash.ts';

/** The first canonical form, kept as the reference: every hash ever stored (the audit chain's) was made with it. */
function referenceSortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(referenceSortKeys);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, referenceSortKeys(v)]));
  }
  return value;
}

describe('canonicalJson', () => {
  it('writes exactly what the first canonical form wrote, for every shape the hub hashes', () => {
    const values: unknown[] = [
      null, 0, -0, 1.5, NaN, 'text', true, [], {}, [undefined, 1, { b: 2, a: 1 }],
      { z: 1, a: { y: [3, { d: undefined, c: '中文' }], x: null }, m: undefined },
      { 10: 'ten', 2: 'two', b: 'b', a: 'a', '-1': 'minus', '01': 'zero-one' },
      JSON.parse('{"__proto__": {"polluted": true}, "a": 1}'),
      { date: new Date('2026-11-20T10:00:00Z'), fn: () => 1, nested: { toJSON: 'not a function' } },
      { 'é': 1, 'e': 2, 'É': 3, '😀': 4, 'Z': 5, '': 6 },
      { orderId: 'ord_1', amountFen: 2100, summary: { title: '拿铁', lines: [{ name: 'latte', qty: 1, unitPriceFen: 2100, options: { size: 'L' } }] } },
    ];
    for (const value of values) expect(canonicalJson(value)).toBe(JSON.stringify(referenceSortKeys(value)));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});

import { describe, expect, it } from 'vitest';
import { BoundedMemo } from './bounded-memo.ts';

describe('BoundedMemo', () => {
  it('makes a key’s value once, undefined included', () => {
    const memo = new BoundedMemo<string | undefined>(10);
    let made = 0;
    const make = (value: string | undefined) => () => (made++, value);
    expect(memo.get('a', make('A'))).toBe('A');
    expect(memo.get('a', make('other'))).toBe('A');
    expect(memo.get('b', make(undefined))).toBe(undefined);
    expect(memo.get('b', make('other'))).toBe(undefined);
    expect(made).toBe(2);
  });

  it('holds at most its limit, then starts afresh', () => {
    const memo = new BoundedMemo<number>(2);
    let made = 0;
    for (const key of ['a', 'b', 'c', 'a']) memo.get(key, () => ++made);
    // c found the memo full (a, b) and dropped both, so a is made again
    expect(memo.get('c', () => -1)).toBe(3);
    expect(memo.get('a', () => -1)).toBe(4);
    expect(made).toBe(4);
  });
});

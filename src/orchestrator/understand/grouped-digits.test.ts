import { describe, expect, it } from 'vitest';
import { groupedDigits } from './grouped-digits.ts';

const mobile = (s: string) => /^1\d{10}$/.test(s);

describe('groupedDigits', () => {
  it('reads a number written in groups as the one number it spells', () => {
    expect(groupedDigits('call 159 1234 5678 please', mobile)).toBe('15912345678');
    expect(groupedDigits('号码 159-1234-5678', mobile)).toBe('15912345678');
  });

  it('leaves a count before the groups out', () => {
    expect(groupedDigits('2 159 1234 5678', mobile)).toBe('15912345678');
  });

  it('finds nothing where no joined run fits', () => {
    expect(groupedDigits('3 tickets on 2026 11 20', mobile)).toBeUndefined();
    expect(groupedDigits('15912345678', mobile)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { onlyOptions } from './only-options.ts';

const span = (text: string, option: string): [number, number] => [text.indexOf(option), text.indexOf(option) + option.length];

describe('a clause that is only an option of the thing before it', () => {
  it('is an option and a joining word ("and an extra shot", 「加燕麦奶」)', () => {
    expect(onlyOptions('an extra shot', [span('an extra shot', 'extra shot')])).toBe(true);
    expect(onlyOptions('加燕麦奶', [span('加燕麦奶', '燕麦奶')])).toBe(true);
  });

  it('is not a clause that counts or names anything besides ("one with oat milk", 「一杯换燕麦奶」, "a scone with jam")', () => {
    expect(onlyOptions('one with oat milk', [span('one with oat milk', 'oat milk')])).toBe(false);
    expect(onlyOptions('一杯换燕麦奶', [span('一杯换燕麦奶', '燕麦奶')])).toBe(false);
    expect(onlyOptions('a scone with jam', [])).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { parseEnumGlosses } from './enum-glosses.ts';
import { matchEnum } from './match-enum.ts';

// an invented concert hall's ticket tiers, glossed in Chinese only
const tiers = parseEnumGlosses('票档：basic=普通票, gilt=黄金档, lodge=豪华包厢, pair=情侣座', ['basic', 'gilt', 'lodge', 'pair']);
const codes = (text: string) => matchEnum(text, tiers).map((m) => m.code);

describe('English for the Chinese grade words of a gloss', () => {
  it('hears the tier said in English', () => {
    expect(codes('two golden tickets if there are any')).toEqual(['gilt']);
    expect(codes('a deluxe box for four')).toEqual(['lodge']);
    expect(codes('one love seat please')).toEqual(['pair']);
  });

  it('does not read a count as a grade', () => {
    expect(codes('a couple of tickets for Friday')).toEqual([]);
    expect(codes('the gold one')).toEqual([]);
  });

  it('counts a grade for no option when two options share it', () => {
    const shared = parseEnumGlosses('等级：a=黄金一区, b=黄金二区', ['a', 'b']);
    expect(matchEnum('golden seats', shared)).toEqual([]);
  });
});

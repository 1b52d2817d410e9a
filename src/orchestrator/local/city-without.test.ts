import { describe, expect, it } from 'vitest';
import { chooseEntities } from './choose-entities.ts';
import { cityWithout } from './city-without.ts';

const shops = [
  { id: 'a', names: ['东门店'], fields: { city: '广州' } },
  { id: 'b', names: ['西门店'], fields: { city: '广州' } },
  { id: 'c', names: ['滨海店'], fields: { city: '厦门' } },
];

describe('a city said that nothing listed is in', () => {
  it('is told apart from one that something is in, or none', () => {
    expect(cityWithout('this week I am in Chengdu, get me one from your shop', shops)).toBe(true);
    expect(cityWithout('我在厦门，帮我下一单', shops)).toBe(false);
    expect(cityWithout('帮我下一单', shops)).toBe(false);
    expect(cityWithout('我在成都', [{ id: 'x', names: ['X'] }])).toBe(false);
  });

  it('picks nothing, not the one in the user’s home city', () => {
    expect(chooseEntities(shops, ['this week I am in Chengdu, get me one from your shop'], '厦门', false, undefined, undefined, true)).toEqual([]);
    expect(chooseEntities(shops, ['get me one from your shop'], '厦门', false, undefined, undefined, true).map((e) => e.id)).toEqual(['c']);
  });
});

import { describe, expect, it } from 'vitest';
import { onlyCounts, withCountAfter } from './count-after.ts';

describe('a count said in the clause after the thing', () => {
  it('knows a clause that only counts', () => {
    expect(onlyCounts('3 packs')).toBe(true);
    expect(onlyCounts('要两罐吧')).toBe(true);
    expect(onlyCounts('两罐猫粮')).toBe(false);
    expect(onlyCounts('at 3 pm')).toBe(false);
  });

  it('counts the one thing named just before, uncounted', () => {
    const clauses = ['for the cat', 'the salmon pate I guess', '3 packs', 'and a brush'];
    const found = [{ id: 'pate', text: 'the salmon pate I guess' }, { id: 'brush', text: 'and a brush' }];
    expect(withCountAfter(found, clauses).map((f) => f.text)).toEqual(['the salmon pate I guess, 3 packs', 'and a brush']);
    // already counted: the count after is not its own
    expect(withCountAfter([{ text: '两罐猫粮' }], ['两罐猫粮', '三包'])).toEqual([{ text: '两罐猫粮' }]);
    // counted with only the words of asking for it ("send me two boxes")
    expect(withCountAfter([{ text: 'How much is the rose tea?' }], ['How much is the rose tea?', 'Send me two boxes', 'a bag of honey']).map((f) => f.text)).toEqual(['How much is the rose tea?, Send me two boxes']);
  });
});

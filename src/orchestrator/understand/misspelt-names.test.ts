import { describe, expect, it } from 'vitest';
import { mendedNames } from './misspelt-names.ts';

const names = ['Lantern Festival Nights', 'The Ferry Keeper', '灯会之夜', 'Tea'];

describe('a listed name said with one word misspelt', () => {
  it('is mended where the words around it say the rest of the name', () => {
    expect(mendedNames('Two tickets for Lantern Festval Nights tonight', names)).toBe('Two tickets for Lantern Festival Nights tonight');
    expect(mendedNames('is the ferry keepr on tomorrow?', names)).toBe('is the ferry Keeper on tomorrow?');
    expect(mendedNames('Lantern Fesitval Nights please', names)).toBe('Lantern Festival Nights please');
  });

  it('leaves words alone that are no slip of a listed name, or where more than one word is off', () => {
    expect(mendedNames('a ferry ride home', names)).toBe('a ferry ride home');
    expect(mendedNames('Lantern Fest Nites', names)).toBe('Lantern Fest Nites');
    expect(mendedNames('the ferry keeper', names)).toBe('the ferry keeper');
    expect(mendedNames('灯会之夜两张', names)).toBe('灯会之夜两张');
  });
});

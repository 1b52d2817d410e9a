import { describe, expect, it } from 'vitest';
import { wordForm } from './word-forms.ts';

describe('wordForm', () => {
  it('gives the word a person says and the word a name holds one form', () => {
    expect(wordForm('cleaning')).toBe(wordForm('clean'));
    expect(wordForm('cleaned')).toBe(wordForm('Clean'));
    expect(wordForm('reserving')).toBe(wordForm('reserve'));
    expect(wordForm('shopping')).toBe(wordForm('shops'));
    expect(wordForm('dining')).toBe(wordForm('dine'));
  });

  it('keeps words apart that only look alike', () => {
    expect(wordForm('fill')).not.toBe(wordForm('film'));
    expect(wordForm('red')).toBe('red');
    expect(wordForm('bring')).toBe('bring');
    expect(wordForm('need')).not.toBe(wordForm('ne'));
  });
});

import { describe, expect, it } from 'vitest';
import { contentWords } from './function-words.ts';

describe('the words of an English request that say what it is about', () => {
  it('leaves out the words every request asks with', () => {
    expect(contentWords('Do you have Zyrtec?')).toBe('Zyrtec ?');
    expect(contentWords('Can we get a ferry ticket to the east pier?')).toBe('get ferry ticket east pier ?');
  });

  it('keeps what is not English as it is', () => {
    expect(contentWords('Is 青蒿素片 in stock at your shop')).toBe('青蒿素片 stock shop');
  });
});

import { describe, expect, it } from 'vitest';
import { nameAsListed, withListedName } from './refused-value.ts';

describe('a refused value that is part of one listed name', () => {
  const refusal = 'No port matches the departure "Kowloon". Ports served: Hong Kong Central, Kowloon Tsim Sha Tsui, Macau Outer Harbour.';

  it('is the user’s short word for that name', () => {
    const fix = nameAsListed(refusal, { from: 'Kowloon', to: 'Macau Outer Harbour' });
    expect(fix).toEqual({ said: 'Kowloon', listed: 'Kowloon Tsim Sha Tsui' });
    expect(withListedName('a ferry from Kowloon to Macau at noon', fix!)).toBe('a ferry from Kowloon Tsim Sha Tsui to Macau at noon');
  });

  it('reads a Chinese refusal and its list too', () => {
    expect(nameAsListed('没有找到出发港「尖沙咀」。可选港口：香港中环、九龙尖沙咀、澳门外港。', { from: '尖沙咀' })).toEqual({ said: '尖沙咀', listed: '九龙尖沙咀' });
  });

  it('is nothing where several names hold it, or the value was not what was refused', () => {
    expect(nameAsListed('No port matches "Harbour". Ports served: Macau Outer Harbour, Victoria Harbour.', { from: 'Harbour' })).toBeUndefined();
    expect(nameAsListed(refusal, { from: 'Central' })).toBeUndefined();
  });
});

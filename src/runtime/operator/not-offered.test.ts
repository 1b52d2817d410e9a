import { describe, expect, it } from 'vitest';
import { notOffered } from './not-offered.ts';

describe('a choice the page does not offer', () => {
  it('is named as the page names it, in the user\'s language, with what is offered', () => {
    const label = { zh: '靠窗座', en: 'window seat' };
    expect(notOffered('window', label, '过道座 Aisle seat', false)).toBe('这里没有靠窗座可选（可选：过道座 Aisle seat）');
    expect(notOffered('window', label, '过道座 Aisle seat', true)).toBe('No window seat is offered here (only: 过道座 Aisle seat)');
  });

  it('falls back to the value itself where the page gave it no name', () => {
    expect(notOffered('window', undefined, 'aisle', false)).toBe('这里没有「window」可选（可选：aisle）');
  });
});

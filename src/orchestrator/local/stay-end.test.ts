import { describe, expect, it } from 'vitest';
import { isStayEnd, stayEndDate } from './stay-end.ts';

describe('the end of a stay', () => {
  it('is the start and the nights said, across a month', () => {
    expect(stayEndDate('2026-12-04', ['帮我订外滩那家下周五的大床房，住两晚'])).toBe('2026-12-06');
    expect(stayEndDate('2026-11-30', ['a king room for 3 nights'])).toBe('2026-12-03');
    expect(stayEndDate('2026-11-27', ['book two nights please'])).toBe('2026-11-29');
    expect(stayEndDate('2026-11-27', ['明天入住'])).toBeUndefined();
  });

  it('is known by its name or description, not any date', () => {
    expect(isStayEnd('checkOut', { type: 'string' })).toBe(true);
    expect(isStayEnd('date2', { type: 'string', description: '离店日期 YYYY-MM-DD' })).toBe(true);
    expect(isStayEnd('date', { type: 'string', description: '上课日期' })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { asksDayClassPrice, blankDayClasses } from './day-class.ts';
import { extractDateTime } from './extract-date-time.ts';

const ref = { now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' }; // Friday 10:00 in Shanghai

describe('the prices of a class of days', () => {
  it('are asked where weekdays are said as a class, with money', () => {
    expect(asksDayClassPrice('青屿客栈海景房平时住是不是便宜点？')).toBe(true);
    expect(asksDayClassPrice('What does the sea-view room cost on a weeknight compared with a weekend night?')).toBe(true);
    expect(asksDayClassPrice('我平时上班，周末帮我约个上门整理收纳')).toBe(false);
    expect(asksDayClassPrice('周末的海景房还有吗')).toBe(false);
  });

  it('leave no day to read: the weekend beside weekdays is a class, not the coming Saturday', () => {
    expect(extractDateTime('海景房周末贵还是平时贵？', ref)).toEqual({});
    expect(extractDateTime('sea-view room on a weeknight vs a weekend night, how much?', ref)).toEqual({});
    expect(blankDayClasses('平时多少钱')).toBe('  多少钱');
  });

  it('keep a day said as a day, and the weekend said for an act', () => {
    expect(extractDateTime('这周六住一晚海景房多少钱？平时是不是更便宜', ref).date).toBe('2026-11-21');
    expect(extractDateTime('我平时上班，周末帮我约个上门整理收纳', ref).date).toBe('2026-11-21');
  });
});

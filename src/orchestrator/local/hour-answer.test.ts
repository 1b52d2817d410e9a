import { describe, expect, it } from 'vitest';
import { withBareHour } from './hour-answer.ts';

const ref = { now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' };

describe('an hour said alone after a time that could not be had', () => {
  it('is that hour, in the half of the day nearer the one tried ("9 is fine then" after 11:00, 「8的也行」 after 19:00)', () => {
    expect(withBareHour('9 is fine then, book it', { date: '2026-11-22', time: '11:00' }, ref)).toBe('09:00 is fine then, book it');
    expect(withBareHour('8的也行', { time: '19:00' }, ref)).toBe('20:00的也行');
    expect(withBareHour('make it 2 then', { slot: '2026-11-22 15:00' }, ref)).toBe('make it 14:00 then');
  });

  it('is no count, no time already said, and nothing where no time was tried', () => {
    expect(withBareHour('2 people is fine', { time: '10:00' }, ref)).toBe('2 people is fine');
    expect(withBareHour('那就8点半吧', { time: '10:00' }, ref)).toBe('那就8点半吧');
    expect(withBareHour('9 is fine', { qty: 2 }, ref)).toBe('9 is fine');
    expect(withBareHour('8 or 9', { time: '10:00' }, ref)).toBe('8 or 9');
  });
});

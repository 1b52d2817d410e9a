import { describe, expect, it } from 'vitest';
import { arrivalBy, withoutArrival } from './arrive-by.ts';

const ref = { now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' };
const at = (text: string) => arrivalBy(text, ref)?.minutes;

describe('the time a traveller must arrive by', () => {
  it('reads 「下午三点前要到」, 「12点之前得到西港」, 「中午前到」', () => {
    expect(at('明天去西港，下午三点前要到')).toBe(15 * 60);
    expect(at('12点之前得到西港')).toBe(12 * 60);
    expect(at('周五坐船，中午前到就行')).toBe(12 * 60);
  });

  it('reads "arrive by 3pm", "be there before noon", "arrive by 12", "get in by 5"', () => {
    expect(at('ferry to West Port tomorrow, need to arrive by 3pm')).toBe(15 * 60);
    expect(at('I have to be there before noon')).toBe(12 * 60);
    expect(at('arrive by 12, one seat please')).toBe(12 * 60);
    expect(at('as long as we get in by 5')).toBe(17 * 60);
  });

  it('is no time of leaving, and reads none where the time says when to leave', () => {
    expect(at('明天下午三点出发')).toBeUndefined();
    expect(at('leaving at 3pm tomorrow')).toBeUndefined();
    expect(withoutArrival('明天下午三点前要到', ref)).toBe(`明天${' '.repeat(7)}`);
  });
});

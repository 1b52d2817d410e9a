import { describe, expect, it } from 'vitest';
import { timesInDayPart } from './times-in-part.ts';

const slots = ['07:30', '09:00', '12:30', '14:00', '16:30', '19:00'].map((code) => ({ code, glosses: [] }));

describe('timesInDayPart', () => {
  it('keeps the times of the part of the day said, in Chinese and English', () => {
    expect(timesInDayPart(slots, ['后天上午来吧'])?.map((o) => o.code)).toEqual(['07:30', '09:00']);
    expect(timesInDayPart(slots, ['could someone come Sunday evening'])?.map((o) => o.code)).toEqual(['19:00']);
    expect(timesInDayPart(slots, ['', '下午'])?.map((o) => o.code)).toEqual(['12:30', '14:00', '16:30']);
  });
  it('says nothing where no part of the day is said or the options are not times', () => {
    expect(timesInDayPart(slots, ['后天来吧'])).toBeUndefined();
    expect(timesInDayPart([{ code: 'small', glosses: [] }], ['上午'])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { extractDateTime } from './extract-date-time.ts';

const ref = { now: new Date('2026-03-02T09:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('an hour glued to a Latin word', () => {
  it('is read as the hour it is, its span on the hour', () => {
    expect(extractDateTime('今晚那部VR八点那场', ref)).toMatchObject({ time: '20:00' });
    const found = extractDateTime('今晚想看LED九点半的', ref);
    expect(found.time).toBe('21:30');
    expect('今晚想看LED九点半的'.slice(...(found.span ?? [0, 0]))).toContain('九点');
  });
});

describe('a numeral after 点 that begins a place name', () => {
  it('is no minute (「六点九龙湾那家」 is six o\'clock), where 三刻, 二十 and 五分 still are', () => {
    expect(extractDateTime('明晚六点九龙湾那家订四个人', ref)).toMatchObject({ time: '18:00' });
    expect(extractDateTime('明晚六点三刻', ref)).toMatchObject({ time: '18:45' });
    expect(extractDateTime('明晚六点二十的', ref)).toMatchObject({ time: '18:20' });
    expect(extractDateTime('明早八点五分出发', ref)).toMatchObject({ time: '08:05' });
  });
});

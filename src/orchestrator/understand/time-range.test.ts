import { describe, expect, it } from 'vitest';
import { timeRangeSaid } from './time-range.ts';
import { timeWindow } from './time-window.ts';

const ref = { now: new Date('2026-03-02T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
const at = (h: number, m = 0) => h * 60 + m;

describe('a window said by its two ends', () => {
  it('reads Chinese and English ranges, each end taking the part of the day said', () => {
    expect(timeRangeSaid('明天下午两点到三点半之间的渡轮', ref)).toMatchObject({ from: at(14), to: at(15, 30) });
    expect(timeRangeSaid('晚上7点到9点有空', ref)).toMatchObject({ from: at(19), to: at(21) });
    expect(timeRangeSaid('明天上午9点到11点', ref)).toMatchObject({ from: at(9), to: at(11) });
    expect(timeRangeSaid('周六10:00-12:00的陶艺课', ref)).toMatchObject({ from: at(10), to: at(12) });
    expect(timeRangeSaid('a ferry between 7 and 8:30 pm tomorrow', ref)).toMatchObject({ from: at(19), to: at(20, 30) });
    expect(timeRangeSaid('anything 7-8:30pm', ref)).toMatchObject({ from: at(19), to: at(20, 30) });
    expect(timeRangeSaid('from 7 to 9 tonight', ref)).toMatchObject({ from: at(19), to: at(21) });
  });

  it('reads after work as the evening, and a window of today already over as the evening’s', () => {
    expect(timeRangeSaid('下班想去坐船看夜景，六点半到八点之间开船的都行', ref)).toMatchObject({ from: at(18, 30), to: at(20) });
    expect(timeRangeSaid('七点至八点有吗', ref)).toMatchObject({ from: at(19), to: at(20) });
    expect(timeRangeSaid('明天七点至八点的课', ref)).toMatchObject({ from: at(7), to: at(8) });
    expect(timeRangeSaid('十一点到一点之间', ref)).toMatchObject({ from: at(11), to: at(13) });
  });

  it('is no window where two numbers count something', () => {
    expect(timeRangeSaid('tea for 2 to 3 people', ref)).toBeUndefined();
    expect(timeRangeSaid('明天下午三点的渡轮', ref)).toBeUndefined();
  });

  it('is the window the time of a text stands for', () => {
    expect(timeWindow('下班想去坐船，六点半到八点之间开船的都行', ref)).toMatchObject({ from: at(18, 30), to: at(20), loose: true });
  });
});

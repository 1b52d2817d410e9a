import { describe, expect, it } from 'vitest';
import { dayPartWindow, timeWindow } from './time-window.ts';

const ref = { now: new Date('2026-03-02T09:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('the time a text names as a window', () => {
  it('is a loose window round a loose time, the time itself for an exact one', () => {
    expect(timeWindow('明天三点左右的渡轮', ref)).toMatchObject({ from: 15 * 60 - 45, to: 15 * 60 + 45, loose: true });
    expect(timeWindow('明天下午三点的渡轮', ref)).toMatchObject({ from: 15 * 60, to: 15 * 60, loose: false });
  });

  it('is any time before or after a time said so, bounded by the part of the day said', () => {
    expect(timeWindow('明天下午五点前开的那班渡轮', ref)).toMatchObject({ from: 12 * 60, to: 17 * 60 - 1 });
    expect(timeWindow('a ferry that leaves before 5pm tomorrow', ref)).toMatchObject({ from: 0, to: 17 * 60 - 1 });
    expect(timeWindow('明晚八点以后的', ref)).toMatchObject({ from: 20 * 60, to: 24 * 60 - 1 });
    expect(timeWindow('anything after 8 pm tomorrow', ref)).toMatchObject({ from: 20 * 60, to: 24 * 60 - 1 });
  });

  it('is of when the thing ends where the words say so, and "from 7 pm on" is any time from it', () => {
    expect(timeWindow('周日下午六点前能散场的那场', ref)).toMatchObject({ from: 0, to: 18 * 60, ends: true });
    expect(timeWindow("this Sunday — the latest sailing that still gets back before 6 pm, I have a dinner after", ref)).toMatchObject({ to: 18 * 60, ends: true });
    expect(timeWindow('a table this Sunday, the earliest free from 7 pm on', ref)).toMatchObject({ from: 19 * 60, to: 24 * 60 - 1 });
    expect(timeWindow('周日下午六点前开场的', ref)?.ends).toBeUndefined();
  });
});

describe('loose times of the day', () => {
  it('reads "1-ish", 「一大早」, "after lunch" and 「下了班」', () => {
    expect(timeWindow('Saturday after lunch, 1-ish', ref)).toMatchObject({ from: 13 * 60 - 45, to: 13 * 60 + 45, loose: true });
    expect(dayPartWindow('周日一大早来做保洁')).toMatchObject({ from: 5 * 60, to: 9 * 60 - 1 });
    expect(dayPartWindow('Saturday after lunch')).toMatchObject({ from: 12 * 60 });
    expect(dayPartWindow('下周一吃完晚饭那会儿来')).toMatchObject({ from: 18 * 60, to: 24 * 60 - 1 });
    expect(dayPartWindow('Monday after dinner')).toMatchObject({ from: 18 * 60 });
    expect(timeWindow('下了班去看，七点多那场', ref)).toMatchObject({ from: 19 * 60, to: 19 * 60 + 59 });
  });
});

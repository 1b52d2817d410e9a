import { describe, expect, it } from 'vitest';
import { timeWindow } from './time-window.ts';

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
});

import { describe, expect, it } from 'vitest';
import { extractDateTime } from '../understand/index.ts';
import { todayOfTimeSaid } from './today-said.ts';

const at = (iso: string) => ({ now: new Date(iso), timeZone: 'Asia/Shanghai' });
const today = (text: string, iso: string) => {
  const ref = at(iso);
  return todayOfTimeSaid([text], [extractDateTime(text, ref)], ref);
};

describe('a time of day said with no day', () => {
  it('is today where it is still ahead', () => {
    expect(today('晚上青屿那班，两张', '2026-11-20T10:00:00+08:00')).toBe('2026-11-20');
    expect(today('下午三点那班船', '2026-11-20T10:00:00+08:00')).toBe('2026-11-20');
    expect(today('two deck seats on the evening sailing', '2026-11-20T10:00:00+08:00')).toBe('2026-11-20');
  });

  it('is no day where it is past, or where a day is said', () => {
    expect(today('上午那班船', '2026-11-20T15:00:00+08:00')).toBeUndefined();
    expect(today('下午三点那班船', '2026-11-20T16:00:00+08:00')).toBeUndefined();
    expect(today('周末晚上青屿那班', '2026-11-20T10:00:00+08:00')).toBeUndefined();
    expect(today('两张去青屿的船票', '2026-11-20T10:00:00+08:00')).toBeUndefined();
  });
});

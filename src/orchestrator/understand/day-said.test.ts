import { describe, expect, it } from 'vitest';
import { daySaid } from './day-said.ts';

describe('the day a text names', () => {
  it.each([
    ['后天上午东门店的两张', '后天'],
    ['明晚八点那场', '明天'],
    ['明儿下午那场', '明儿'],
    ['后儿个晚上那场', '后儿个'],
    ['11.22晚上那场', '11.22'],
    ['下周三下午', '下周三'],
    ['12月3日晚上', '12月3日'],
    ['Two for Friday evening', 'Friday'],
    ['one tonight at 9', 'today'],
  ])('%s names %s', (text, day) => expect(daySaid(text)).toBe(day));

  it('is none where only a time is said', () => {
    expect(daySaid('晚上九点半那场')).toBeUndefined();
    expect(daySaid('at 9pm, one ticket')).toBeUndefined();
  });
});

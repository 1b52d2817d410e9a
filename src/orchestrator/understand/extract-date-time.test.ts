import * as chrono from 'chrono-node';
import { afterEach, describe, expect, it } from 'vitest';
import { extractDateTime } from './index.ts';

const friday = { now: new Date('2026-11-20T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('extractDateTime', () => {
  const machineZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = machineZone;
  });

  it('reads 明天 in the hub’s zone, not the machine’s, just after midnight in Shanghai', () => {
    // 00:30 on Saturday in Shanghai is still Friday 16:30 in UTC
    const justAfterMidnight = { now: new Date('2026-11-21T00:30:00+08:00'), timeZone: 'Asia/Shanghai' };
    expect(extractDateTime('明天下午三点', justAfterMidnight)).toMatchObject({ date: '2026-11-22', time: '15:00' });
    expect(extractDateTime('today', justAfterMidnight).date).toBe('2026-11-21');
  });

  it('gives the same answer whatever zone the machine runs in', () => {
    const inUtc = extractDateTime('下周一上午十点', friday);
    process.env.TZ = 'America/Los_Angeles';
    expect(new Date('2026-11-20T00:00:00Z').getTimezoneOffset()).toBe(480); // the machine zone really moved
    expect(extractDateTime('下周一上午十点', friday)).toEqual(inUtc);
    expect(inUtc).toMatchObject({ date: '2026-11-23', time: '10:00', period: 'am' });
  });

  it('takes the day meant of several said: not one denied, and one after a turn over those before', () => {
    expect(extractDateTime('跟今天一样下午两点那班船，但是要明天的', friday)).toMatchObject({ date: '2026-11-21', time: '14:00' });
    expect(extractDateTime('观景舱两张，不是今天的，是周日的', friday).date).toBe('2026-11-22');
    expect(extractDateTime('the 2 pm ferry, not tonight, tomorrow', friday).date).toBe('2026-11-21');
    expect(extractDateTime('tomorrow, not today', friday).date).toBe('2026-11-21');
    expect(extractDateTime('不是九点那班，是十一点的', friday).time).toBe('11:00');
    // nothing tells them apart: the first, as before
    expect(extractDateTime('今天或者明天都行', friday).date).toBe('2026-11-20');
  });

  it('takes the day a speaker corrects to, not one said not to do, and the one said to be best', () => {
    expect(extractDateTime('明天，哦不，后天晚上七点的船', friday)).toMatchObject({ date: '2026-11-22', time: '19:00' });
    expect(extractDateTime('明天不行，改后天', friday).date).toBe('2026-11-22');
    expect(extractDateTime('今天太赶了，明天的吧', friday).date).toBe('2026-11-21');
    expect(extractDateTime('周一晚上的，周日我没空', friday).date).toBe('2026-11-23');
    expect(extractDateTime('周六周日都行，周日最好', friday).date).toBe('2026-11-22');
    expect(extractDateTime('tomorrow, no wait, Sunday at 7pm', friday)).toMatchObject({ date: '2026-11-22', time: '19:00' });
    expect(extractDateTime("Saturday doesn't work, Sunday evening then", friday).date).toBe('2026-11-22');
    expect(extractDateTime('明天三点，不对，四点', friday).time).toBe('16:00');
  });

  it('reads an hour of today that has passed as the same hour of the evening, and "the day" as no day', () => {
    expect(extractDateTime('今天七点以后那节', friday)).toMatchObject({ date: '2026-11-20', time: '19:00' });
    expect(extractDateTime('today at 9', friday)).toMatchObject({ date: '2026-11-20', time: '21:00' });
    // still to come, said of another day, or said with 上午: as said
    expect(extractDateTime('今天十一点那节', friday)).toMatchObject({ time: '11:00' });
    expect(extractDateTime('明天七点那班', friday)).toMatchObject({ date: '2026-11-21', time: '07:00' });
    expect(extractDateTime('今天上午九点', friday)).toMatchObject({ time: '09:00' });
    expect(extractDateTime("the last sailing of the day on Monday", friday).date).toBe('2026-11-23');
    expect(extractDateTime('the day after tomorrow', friday).date).toBe('2026-11-22');
  });

  it('reads an hour right after a weekday\'s numeral as an hour of its own (「周一六点」 is not 「一六」)', () => {
    expect(extractDateTime('下周一六点以后来', friday)).toMatchObject({ date: '2026-11-23', time: '18:00' });
    expect(extractDateTime('星期三十点那班', friday)).toMatchObject({ date: '2026-11-25', time: '10:00' });
  });

  it('reads "for now" and "just now" as no time asked for, and "now" alone as the time it is', () => {
    expect(extractDateTime('the sailings tomorrow morning? just tell me for now', friday)).toEqual({ date: '2026-11-21', period: 'am', span: expect.any(Array) });
    expect(extractDateTime('nothing for the moment', friday)).toEqual({});
    expect(extractDateTime('I need a boat now', friday)).toMatchObject({ date: '2026-11-20', time: '10:00' });
  });

  it('reads the day of a night said as "the night of …" or "the night after tomorrow"', () => {
    expect(extractDateTime('a cabin for the night of December 1st', friday)).toMatchObject({ date: '2026-12-01', period: 'pm' });
    expect(extractDateTime('a room for the night after tomorrow, one night', friday)).toMatchObject({ date: '2026-11-22', period: 'pm' });
    expect(extractDateTime('the night of the 25th', friday).date).toBe('2026-11-25');
  });

  it('follows the zone it is given', () => {
    const newYork = { now: new Date('2026-11-20T10:00:00+08:00'), timeZone: 'America/New_York' };
    expect(extractDateTime('tomorrow', newYork).date).toBe('2026-11-20'); // it is Thursday evening there
  });

  it('reports where in the text the date and time are', () => {
    const text = '帮我订一张明天下午三点北京到上海的高铁票';
    const { span } = extractDateTime(text, friday);
    expect(text.slice(...span!)).toBe('明天下午三点');
    const english = 'I need a table tomorrow at 7pm for four';
    expect(english.slice(...extractDateTime(english, friday).span!)).toBe('tomorrow at 7pm');
  });

  it('keeps spans on the original text when it rewrites 一刻 and full-width digits', () => {
    const text = '今晚八点一刻见';
    expect(text.slice(...extractDateTime(text, friday).span!)).toBe('今晚八点一刻');
    expect(extractDateTime('明天１５：３０', friday)).toMatchObject({ date: '2026-11-21', time: '15:30' });
  });

  it('reads a clock time said in words ("half past seven", "a quarter to eight", "seven thirty")', () => {
    expect(extractDateTime('tomorrow at half past 7 pm', friday)).toMatchObject({ date: '2026-11-21', time: '19:30' });
    expect(extractDateTime('a quarter to eight tonight', friday)).toMatchObject({ time: '19:45' });
    expect(extractDateTime('seven thirty tomorrow evening', friday)).toMatchObject({ date: '2026-11-21', time: '19:30' });
    expect(extractDateTime('it takes half an hour', friday).time).toBeUndefined();
  });

  it('reads the day of the month said beside a weekday as the day meant', () => {
    expect(extractDateTime('For Saturday the 28th, a table for two', friday).date).toBe('2026-11-28');
    expect(extractDateTime('周六（28号）两位', friday).date).toBe('2026-11-28');
    expect(extractDateTime('this Saturday, for two', friday).date).toBe('2026-11-21');
  });

  it('reads no time in a size or a weight said with its unit', () => {
    expect(extractDateTime('a clean for my 75 m² flat this Sunday at 10am', friday)).toMatchObject({ date: '2026-11-22', time: '10:00' });
    expect(extractDateTime('a 60 sqm studio, no rush', friday).time).toBeUndefined();
    expect(extractDateTime('a 3 kg box tomorrow', friday)).toEqual(expect.objectContaining({ date: '2026-11-21' }));
    expect(extractDateTime('a 3 kg box tomorrow', friday).time).toBeUndefined();
  });

  it('gives only a period when only a part of the day is said', () => {
    expect(extractDateTime('上午', friday)).toEqual({ period: 'am', span: [0, 2] });
    expect(extractDateTime('in the evening', friday)).toMatchObject({ period: 'pm' });
    expect(extractDateTime('in the evening', friday).date).toBeUndefined();
  });

  it('reads a bare hour from 1 to 6 as afternoon, but keeps an explicit morning', () => {
    expect(extractDateTime('三点', friday).time).toBe('15:00');
    expect(extractDateTime('at 3', friday).time).toBe('15:00');
    expect(extractDateTime('早上六点', friday).time).toBe('06:00');
    expect(extractDateTime('8点', friday).time).toBe('08:00');
    expect(extractDateTime('半夜十二点', friday).time).toBe('00:00');
  });

  it('finds the coming weekend and days of the month', () => {
    expect(extractDateTime('这个周末', friday).date).toBe('2026-11-21');
    // 「下周末」: the Saturday of next week, not this one
    expect(extractDateTime('下周末去青屿', friday).date).toBe('2026-11-28');
    expect(extractDateTime('下个周末', friday).date).toBe('2026-11-28');
    expect(extractDateTime('下周末', { ...friday, now: new Date('2026-11-22T02:00:00Z') }).date).toBe('2026-11-28');
    expect(extractDateTime('the 25th', friday).date).toBe('2026-11-25');
    expect(extractDateTime('3号', friday).date).toBe('2026-12-03'); // the 3rd has passed this month
  });

  it('counts weeks from Monday: 「下周日」 said on a Friday is the Sunday after next', () => {
    expect(extractDateTime('下周日晚上的船', friday)).toMatchObject({ date: '2026-11-29', period: 'pm' });
    expect(extractDateTime('下个礼拜天', friday).date).toBe('2026-11-29');
    expect(extractDateTime('下星期天上午十点', friday)).toMatchObject({ date: '2026-11-29', time: '10:00' });
    expect(extractDateTime('下下周六', friday).date).toBe('2026-12-05');
    expect(extractDateTime('下下个周三', friday).date).toBe('2026-12-02');
    expect(extractDateTime('这周日', friday).date).toBe('2026-11-22');
    expect(extractDateTime('下周一', friday).date).toBe('2026-11-23');
    // said on the Sunday itself, next week's Sunday is a week away
    expect(extractDateTime('下周日', { ...friday, now: new Date('2026-11-22T02:00:00Z') }).date).toBe('2026-11-29');
    // a day of this week already past is still read as the next one
    expect(extractDateTime('这周三', friday).date).toBe('2026-11-25');
  });

  it('reads the northern 明儿, 今儿个 as 明天, 今天', () => {
    expect(extractDateTime('明儿下午四点左右', friday)).toMatchObject({ date: '2026-11-21', time: '16:00' });
    expect(extractDateTime('今儿个晚上', friday).date).toBe('2026-11-20');
    expect(extractDateTime('给女儿买', friday).date).toBeUndefined();
    expect(extractDateTime('后儿个晚上七点', friday)).toMatchObject({ date: '2026-11-22', time: '19:00' });
    expect(extractDateTime('大后儿上午', friday).date).toBe('2026-11-23');
    expect(extractDateTime('然后儿子也要一张', friday).date).toBeUndefined();
  });

  it('reads a month and day written with a dot (「11.22」) as that date, never a price or a weight', () => {
    expect(extractDateTime('11.22晚上六点', friday)).toMatchObject({ date: '2026-11-22', time: '18:00' });
    expect(extractDateTime('12.3的船', friday).date).toBe('2026-12-03');
    expect(extractDateTime('一杯12.5元', friday).date).toBeUndefined();
    expect(extractDateTime('¥11.20', friday).date).toBeUndefined();
    expect(extractDateTime('行李3.5公斤', friday).date).toBeUndefined();
    expect(extractDateTime('version 1.2.3', friday).date).toBeUndefined();
    expect(extractDateTime('a 2.5 km walk', friday).date).toBeUndefined();
  });

  it('does not read a number with a decimal point (「三点五公斤」) as a time', () => {
    expect(extractDateTime('行李箱是三点五公斤', friday).time).toBeUndefined();
    expect(extractDateTime('两点五个小时的保洁', friday).time).toBeUndefined();
    expect(extractDateTime('下午三点五十', friday).time).toBe('15:50');
  });

  it('does not take words for dates', () => {
    expect(extractDateTime('Sun Yat-sen Road', friday)).toEqual({});
    expect(extractDateTime('两杯拿铁', friday)).toEqual({});
    expect(extractDateTime('', friday)).toEqual({});
  });

  it('refuses a bad reference with a clear error in both languages', () => {
    expect(() => extractDateTime('明天', { now: new Date('x'), timeZone: 'Asia/Shanghai' })).toThrow(/参考时间无效.*not a valid date/);
    expect(() => extractDateTime('明天', { now: new Date(), timeZone: 'Mars/Olympus' })).toThrow(/unknown time zone "Mars\/Olympus"/);
  });

  it('does not read a picture format (「3D票」) as a number of days', () => {
    expect(extractDateTime('熊猫快递3D票多少钱？合适的话给我订后天上午十点那场', friday)).toMatchObject({ date: '2026-11-22', time: '10:00' });
  });

  it('reads a loose English hour ("this afternoon around 1") and no length of time as a time ("just 2 hours")', () => {
    expect(extractDateTime('Could a cleaner come by this afternoon around 1? Just 2 hours', friday)).toMatchObject({ date: '2026-11-20', time: '13:00' });
    expect(extractDateTime('about 3 hours', friday).time).toBeUndefined();
    expect(extractDateTime('in 2 hours', friday).time).toBe('12:00');
  });
});

describe('a day known by its name', () => {
  it('is the next such day, whatever part of a day its name also says', () => {
    expect(extractDateTime('平安夜北京国贸的豪华大床房还有没有', friday).date).toBe('2026-12-24');
    expect(extractDateTime('a table for Christmas Eve', friday).date).toBe('2026-12-24');
    expect(extractDateTime('元旦住一晚', friday).date).toBe('2027-01-01');
    expect(extractDateTime('12月30号跨年前住一晚', friday).date).toBe('2026-12-30');
  });
});

describe('the English reading', () => {
  // extractDateTime skips chrono's English parsers on a text with no Latin letter or digit: they find nothing there
  const chineseOnly = ['明天下午三点', '下周一上午十点半', '今晚七点左右', '后天', '周六晚上', '大后天中午', '十一月二十五号', '平安夜', '现在', '凌晨两点一刻', '三点多', '礼拜天早上'];
  it.each(chineseOnly)('finds nothing in %s', (text) => {
    expect(chrono.casual.parse(text, new Date('2026-11-20T02:00:00Z'), { forwardDate: true })).toEqual([]);
  });
});

describe('一点 said of a degree', () => {
  const ref = { now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' };
  it('is "a bit", no time (「好一点的位置」「晚一点送」), where 「下午一点」「一点半」 still are', () => {
    expect(extractDateTime('帮我买中间好一点的位置', ref).time).toBeUndefined();
    expect(extractDateTime('晚一点送过来就行', ref).time).toBeUndefined();
    expect(extractDateTime('明天下午一点的渡轮', ref).time).toBe('13:00');
    expect(extractDateTime('一点半那班', ref).time).toBeDefined();
  });
});

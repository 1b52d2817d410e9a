import { describe, expect, it } from 'vitest';
import { isSpanEnd, isStayEnd, spanEndDate, stayEndDate, withoutEndSaid } from './stay-end.ts';

// Tuesday 2026-11-24, 19:30 in Shanghai
const ref = { now: new Date('2026-11-24T19:30:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('the day a stay ends, said beside its nights', () => {
  it('is no day the stay starts', () => {
    expect(withoutEndSaid('住三晚，周六上午退房，早餐不用')).not.toMatch(/周六/);
    expect(withoutEndSaid('three nights, check out on Saturday')).not.toMatch(/Saturday/);
    expect(withoutEndSaid('明天入住，住到周日')).toMatch(/明天入住/);
  });
});

describe('the end of a stay', () => {
  it('is the start and the nights said, across a month', () => {
    expect(stayEndDate('2026-12-04', ['帮我订外滩那家下周五的大床房，住两晚'], ref)).toBe('2026-12-06');
    expect(stayEndDate('2026-11-30', ['a king room for 3 nights'], ref)).toBe('2026-12-03');
    expect(stayEndDate('2026-11-27', ['book two nights please'], ref)).toBe('2026-11-29');
    expect(stayEndDate('2026-11-27', ['明天入住'], ref)).toBeUndefined();
    // (2026-11-24 is a Tuesday) the day it ends said after a comma, and "leaving" a day
    expect(stayEndDate('2026-11-24', ['渡口那家给我订个双床房，今晚入住，周四早上退房'], ref)).toBe('2026-11-26');
    expect(stayEndDate('2026-11-29', ['a twin room for the two of us, checking in Sunday and leaving Tuesday'], ref)).toBe('2026-12-01');
    expect(stayEndDate('2026-11-25', ['a twin room for tomorrow and Thursday night'], ref)).toBe('2026-11-27');
    expect(stayEndDate('2026-11-25', ['明晚和周四晚上，两个人'], ref)).toBe('2026-11-27');
  });

  it('is one night for a question of what is free that says no end, never for a booking', () => {
    expect(stayEndDate('2026-12-04', ['Is there a family room at Hongqiao next Friday?'], ref)).toBe('2026-12-05');
    expect(stayEndDate('2026-12-04', ['下周五虹桥还有家庭房吗'], ref)).toBe('2026-12-05');
    expect(stayEndDate('2026-12-04', ['下周五虹桥的家庭房帮我订一间'], ref)).toBeUndefined();
    expect(stayEndDate('2026-12-04', ['Can you book a family room next Friday?'], ref)).toBeUndefined();
    // a question followed by what the person is not asking for: no booking, still one night
    expect(stayEndDate('2026-12-04', ['Is there a sea-view room at the inn next Friday?；Only checking, don\'t book anything.'], ref)).toBe('2026-12-05');
    expect(stayEndDate('2026-12-04', ['下周五青屿客栈还有海景房吗？先问问，不订'], ref)).toBe('2026-12-05');
  });

  it('counts the nights after the days listed, not a weekday as a number (「周五、周六两晚」)', () => {
    expect(stayEndDate('2026-12-04', ['下周五、周六两晚，西湖店的湖景房'], ref)).toBe('2026-12-06');
  });

  it('is the day said after 「到」/"until", a weekday counted from the start', () => {
    expect(stayEndDate('2026-12-03', ['杭州西湖店舒适大床房，下周四住到周日，一个人'], ref)).toBe('2026-12-06');
    expect(stayEndDate('2026-11-27', ['这周五入住外滩的行政套房，住到周日'], ref)).toBe('2026-11-29');
    expect(stayEndDate('2026-11-25', ['from tomorrow until Friday'], ref)).toBe('2026-11-27');
    expect(stayEndDate('2026-11-25', ['明天入住，送到房间'], ref)).toBeUndefined();
  });

  it('is one night when a night is named by its day (「明晚」, "Saturday night"), not when only the arrival is', () => {
    expect(stayEndDate('2026-11-25', ['先帮我把明晚虹桥的商务大床房订上'], ref)).toBe('2026-11-26');
    expect(stayEndDate('2026-11-28', ['a twin room at the Bund hotel this Saturday night'], ref)).toBe('2026-11-29');
    expect(stayEndDate('2026-11-25', ['明晚入住'], ref)).toBeUndefined();
  });

  it('is the day of checking out said (「周五退房」, "check out Monday"), and the nights of two days named', () => {
    expect(stayEndDate('2026-12-02', ['周三入住周五退房，我跟同事俩人'], ref)).toBe('2026-12-04');
    expect(stayEndDate('2026-11-28', ['check in this Saturday, check out Monday, three of us'], ref)).toBe('2026-11-30');
    expect(stayEndDate('2026-11-27', ['a deluxe king for this Friday and Saturday night'], ref)).toBe('2026-11-29');
  });

  it('is known by its name or description, not any date', () => {
    expect(isStayEnd('checkOut', { type: 'string' })).toBe(true);
    expect(isStayEnd('date2', { type: 'string', description: '离店日期 YYYY-MM-DD' })).toBe(true);
    expect(isStayEnd('date', { type: 'string', description: '上课日期' })).toBe(false);
  });
});

describe('the end of a span of days a list is asked about', () => {
  it('is a weekend\'s Sunday, or the day said after 「到」, and nothing for one day or one night', () => {
    expect(spanEndDate('2026-11-28', ['林悦这个周末有什么课'], ref)).toBe('2026-11-29');
    expect(spanEndDate('2026-11-28', ['What pilates classes are there this weekend?'], ref)).toBe('2026-11-29');
    expect(spanEndDate('2026-11-27', ['周五到周日国贸店有哪些课'], ref)).toBe('2026-11-29');
    expect(spanEndDate('2026-11-24', ['国贸店今晚的瑜伽几点开始'], ref)).toBeUndefined();
  });

  it('is known by a name or description of a span, and is then no stay\'s end', () => {
    const dateTo = { type: 'string', description: '查一段日期时的结束日期 YYYY-MM-DD（含）；只查一天时不传' } as const;
    expect(isSpanEnd('dateTo', dateTo)).toBe(true);
    expect(isStayEnd('dateTo', dateTo)).toBe(false);
    expect(isSpanEnd('checkOut', { type: 'string' })).toBe(false);
  });
});

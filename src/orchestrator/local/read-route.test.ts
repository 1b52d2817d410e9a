import { describe, expect, it } from 'vitest';
import { readRoute } from './fill-value.ts';

describe('origin and destination read from a request', () => {
  it('does not take the end of a time for part of the origin', () => {
    expect(readRoute(['帮我订明天下午1点10分上海虹桥到杭州东的二等座'])).toEqual({ from: '上海虹桥', to: '杭州东' });
    expect(readRoute(['周一下午两点多郑州东去西安北，一等座'])).toEqual({ from: '郑州东', to: '西安北' });
    // a part of the day right before the place, and a superlative right after it, are no part of either
    expect(readRoute(['明天早上北京去上海最早的高铁是几点'])).toEqual({ from: '北京', to: '上海' });
    expect(readRoute(['今晚上海到杭州最便宜的车票'])).toEqual({ from: '上海', to: '杭州' });
    // the thing sent is no place it leaves from
    expect(readRoute(['帮我寄个东西到上海，3公斤'])).toEqual({ to: '上海' });
    expect(readRoute(['从北京寄个包裹到上海'])).toEqual({ from: '北京', to: '上海' });
    expect(readRoute(['明天三点半北京南到天津'])).toEqual({ from: '北京南', to: '天津' });
    expect(readRoute(['明天下午三点前后北京南到上海虹桥'])).toEqual({ from: '北京南', to: '上海虹桥' });
    expect(readRoute(['帮我买明天最早一班北京到上海的高铁'])).toEqual({ from: '北京', to: '上海' });
    // a 到 between two times is a range of time, not the way
    expect(readRoute(['明天下午两点到四点之间北京到上海的高铁一张'])).toEqual({ from: '北京', to: '上海' });
    expect(readRoute(['Earliest train tomorrow from Beijing to Shanghai please'])).toEqual({ from: 'Beijing', to: 'Shanghai' });
  });

  it('reads a verb of sending between two places as the way (「北京寄天津」), not a count after it', () => {
    expect(readRoute(['北京寄天津，3公斤，收件人张三'])).toEqual({ from: '北京', to: '天津' });
    expect(readRoute(['寄个3公斤的箱子'])).toEqual({});
  });

  it('reads two capitalised names either side of "to" as the way, without "from"', () => {
    expect(readRoute(['Nanjing South to Hangzhou East tomorrow morning, first class please'])).toEqual({ from: 'Nanjing South', to: 'Hangzhou East' });
    expect(readRoute(['I want to go tomorrow'])).toEqual({});
    expect(readRoute(['two first class seats Xiamen North to Fuzhou South on Sunday'])).toEqual({ from: 'Xiamen North', to: 'Fuzhou South' });
    expect(readRoute(['Take me to The Riverside Mall'])).toEqual({});
  });

  it('reads where a trip goes where the request says no start (「后天去厦门的动车」), leaving the start to be asked', () => {
    expect(readRoute(['后天去厦门的动车，要靠窗'])).toEqual({ to: '厦门' });
    expect(readRoute(['下周一到福州南的票'])).toEqual({ to: '福州南' });
    expect(readRoute(['周五要去厦门，晚饭前能到就行'])).toEqual({ to: '厦门' });
    expect(readRoute(['到时候再说'])).toEqual({});
    expect(readRoute(['到店自取'])).toEqual({});
  });

  it('reads "within Shanghai" as a way that starts and ends in one city, like 「上海同城」', () => {
    expect(readRoute(['How much to send 1 kg within Shanghai? Book it'])).toEqual({ from: 'Shanghai', to: 'Shanghai' });
    expect(readRoute(['上海同城寄个文件'])).toEqual({ from: '上海', to: '上海' });
  });

  it('reads where one is ("I\'m at X") and where one must be ("be in X", "whatever leaves X") as the way', () => {
    expect(readRoute(["I'm at Lotus Square and have to get to Harbour airport T1 by six"])).toEqual({ from: 'Lotus Square', to: 'Harbour airport T1' });
    expect(readRoute(['Must be in Fuzhou by Monday noon; anything that leaves Xiamen after 8 is fine'])).toEqual({ from: 'Xiamen', to: 'Fuzhou' });
  });
});

describe('the way said apart: where one must be, and a seat from somewhere', () => {
  it('reads "be in X" and "a seat from Y on a train…" as from Y to X', () => {
    expect(readRoute(['I have to be in Dongang on Sunday morning.，Can you get me a seat from Xigang on a ferry leaving around 9?'])).toEqual({ from: 'Xigang', to: 'Dongang' });
  });
});

import { describe, expect, it } from 'vitest';
import { extractQuantities } from './extract-quantities.ts';

const values = (text: string) => extractQuantities(text).map((q) => q.value);

describe('counts an English request says, not the numbers of a place', () => {
  it('reads "a couple of" as two of what follows, and "a pair of" as two of a thing counted', () => {
    expect(extractQuantities('a couple of bags of rice please').map(({ value, unit }) => ({ value, unit }))).toEqual([{ value: 2, unit: 'bag' }]);
    expect(extractQuantities('a pair of seats on the 2 pm ferry').map(({ value, unit }) => ({ value, unit }))).toEqual([{ value: 2, unit: 'seat' }]);
    expect(values('a pair of gloves from the pottery studio')).toEqual([]);
    // (a word or two of what kind before the unit: "a pair of view-deck seats", "a couple of premium tickets")
    expect(extractQuantities('a pair of view-deck seats on the 2 pm ferry').map(({ value, unit }) => ({ value, unit }))).toEqual([{ value: 2, unit: 'seat' }]);
    expect(extractQuantities('a couple of premium tickets please').map(({ value, unit }) => ({ value, unit }))).toEqual([{ value: 2, unit: 'ticket' }]);
    expect(values('a pair of warm woollen gloves')).toEqual([]);
  });

  it('reads a count written as times ("tea x2", 「盒饭×3」)', () => {
    expect(values('jasmine tea x2, pick up')).toEqual([2]);
    expect(values('盒饭×3，泡面 x 1')).toEqual([3, 1]);
  });

  it('reads "one" standing for a thing described before a day as no count, and the count said after it', () => {
    expect(values('the 2pm one tomorrow. Two seats')).toEqual([2]);
    expect(values('that early one on Sunday, for three')).toEqual([3]);
  });

  it('reads a Chinese number with a decimal point before a unit (「三点五公斤」), never a time of day', () => {
    expect(extractQuantities('行李箱是三点五公斤')).toEqual([{ value: 3.5, unit: '公斤', span: [4, 9] }]);
    expect(extractQuantities('两点零五公里')).toMatchObject([{ value: 2.05, unit: '公里' }]);
    expect(extractQuantities('下午三点五十到')).toEqual([]);
  });

  it('reads "around 10" with nothing counted after it as a time, not a count', () => {
    expect(extractQuantities('drop by Friday around 9? three hours should do').map((q) => q.value)).toEqual([3]);
    expect(extractQuantities('a table for around 10 people')).toMatchObject([{ value: 10, unit: 'people' }]);
  });

  it('does not count the number of a tower, a plaza, a terminal or a line', () => {
    expect(values('three bottles of water to Flat 9, Tower 4, Harbour Plaza 12')).toEqual([3]);
    expect(values('a cab to Riverside Airport Terminal 3')).toEqual([]);
    expect(values('meet me at the exit of Line 10')).toEqual([]);
  });
});

describe('hours said after 「弄」', () => {
  it('counts 「弄3个小时的」 as three hours, while a number after a lane (「88弄3号」) is no count', () => {
    expect(extractQuantities('叫个阿姨来打扫一下，弄3个小时的')).toContainEqual(expect.objectContaining({ value: 3, unit: '个小时' }));
    expect(extractQuantities('送到码头路88弄3号').some((q) => q.value === 3)).toBe(false);
  });
});

describe('one said as "a"', () => {
  it('is one of a thing counted in its own unit ("a ticket", "an extra seat", "a box of")', () => {
    expect(extractQuantities('a ticket for the ferry show tonight')).toMatchObject([{ value: 1, unit: 'ticket' }]);
    expect(extractQuantities('get me an extra seat')).toMatchObject([{ value: 1, unit: 'seat' }]);
    expect(extractQuantities('two tickets and a box of rice crackers')).toMatchObject([{ value: 2, unit: 'ticket' }, { value: 1, unit: 'box' }]);
  });

  it('is not a few, a lot or a thing with no unit of count ("an oat latte", "a few tickets")', () => {
    expect(extractQuantities('an oat latte')).toEqual([]);
    expect(extractQuantities('a few tickets')).toEqual([]);
  });
});

describe('「订个位」', () => {
  it('books a table, and counts no one', () => {
    expect(extractQuantities('周六想带我爸妈去吃饭，帮我订个位')).toEqual([]);
    expect(extractQuantities('帮我订个包间')).toMatchObject([{ value: 1, unit: '个' }]);
  });
});

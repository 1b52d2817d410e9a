import { describe, expect, it } from 'vitest';
import { extractQuantities, parseNumber } from './index.ts';
import { parseChineseInteger, parseEnglishNumber } from './numerals.ts';

describe('numbers', () => {
  it.each([
    ['一', 1], ['两', 2], ['十', 10], ['十二', 12], ['二十五', 25], ['一百', 100], ['一百零五', 105],
    ['一百五', 150], ['两百五十', 250], ['两千三', 2300], ['一万五', 15000], ['一千零一十', 1010], ['二零二六', 2026],
  ] as const)('Chinese numeral %s is %i', (text, value) => {
    expect(parseChineseInteger(text)).toBe(value);
  });

  it('rejects what is not one Chinese numeral', () => {
    expect(parseChineseInteger('二三十')).toBeUndefined();
    expect(parseChineseInteger('拿铁')).toBeUndefined();
    expect(parseChineseInteger('')).toBeUndefined();
  });

  it.each([
    ['one', 1], ['twelve', 12], ['twenty-one', 21], ['twenty one', 21], ['a dozen', 12], ['one hundred and five', 105],
  ] as const)('English %s is %i', (text, value) => {
    expect(parseEnglishNumber(text)).toBe(value);
  });

  it('reads hours said with a measure word (「唱3个小时」, 「两个钟头」)', () => {
    expect(extractQuantities('唱3个小时').map((q) => [q.value, q.unit])).toEqual([[3, '个小时']]);
    expect(extractQuantities('两个钟头吧').map((q) => [q.value, q.unit])).toEqual([[2, '个钟头']]);
  });

  it('reads one where the verb stands straight before the measure word (「买张票」「来杯拿铁」)', () => {
    expect(extractQuantities('帮我买张今晚九点的票').map((q) => [q.value, q.unit])).toEqual([[1, '张']]);
    expect(extractQuantities('来杯热拿铁').map((q) => [q.value, q.unit])).toEqual([[1, '杯']]);
    // a count said outright is the count
    expect(extractQuantities('买张卡，约两张票').map((q) => [q.value, q.unit])).toEqual([[2, '张']]);
    expect(extractQuantities('张家口')).toEqual([]);
  });

  it('counts no street number ("to 88 Huancheng North Road")', () => {
    expect(extractQuantities('two bottles of Centrum to 88 Huancheng North Road, Hangzhou').map((q) => q.value)).toEqual([2]);
    expect(extractQuantities('给我送个体温计，地址徐汇区天钥桥路500弄').map((q) => q.value)).toEqual([]);
    expect(extractQuantities('送两盒到江南大道1000号').map((q) => q.value)).toEqual([2]);
    expect(extractQuantities('send 3 boxes to 12 Main Street').map((q) => q.value)).toEqual([3]);
  });

  it('counts no number of a door inside an address (「88号3单元502」, "Apt 502")', () => {
    expect(extractQuantities('西城区枫林路18号2单元1103').map((q) => q.value)).toEqual([]);
    expect(extractQuantities('B座1706，三瓶').map((q) => q.value)).toEqual([3]);
    expect(extractQuantities('5 Elm Lane, Apt 402').map((q) => q.value)).toEqual([]);
    expect(extractQuantities('Unit 7, two cups').map((q) => q.value)).toEqual([2]);
  });

  it('counts no rate a price is per (「多少钱一小时」, 「50元一位」, "per hour")', () => {
    expect(extractQuantities('小包多少钱一小时？')).toEqual([]);
    expect(extractQuantities('50元一位').map((q) => q.value)).toEqual([50]);
    expect(extractQuantities('how much per hour for two people').map((q) => q.value)).toEqual([2]);
  });

  it('counts no number that names something (「#49」, "No. 7", 「取餐码 305」)', () => {
    expect(extractQuantities('a latte, pickup #49')).toEqual([]);
    expect(extractQuantities('取餐码305的那单')).toEqual([]);
    expect(extractQuantities('table No. 7, two coffees').map((q) => q.value)).toEqual([2]);
  });

  it('reads a short reply as one number, and nothing when there are several', () => {
    expect(parseNumber('要两杯')).toBe(2);
    expect(parseNumber('Make it four.')).toBe(4);
    expect(parseNumber('２')).toBe(2);
    expect(parseNumber('1,000')).toBe(1000);
    expect(parseNumber('一杯拿铁两杯美式')).toBeUndefined();
    expect(parseNumber('no')).toBeUndefined();
  });

  it('gives each quantity its span and unit', () => {
    const text = '一杯大杯拿铁，两杯美式';
    expect(extractQuantities(text)).toEqual([
      { value: 1, unit: '杯', span: [0, 2] },
      { value: 2, unit: '杯', span: [7, 9] },
    ]);
  });

  it('does not count times, dates, weekdays, codes, phone numbers or words with 一 in them', () => {
    for (const text of ['下午3点', '11月25日', '下周一', '星期三', 'G123次', '13800138000', '等一下', '一起去', '第一个', '3pm', 'at 7', '2026年']) {
      expect(extractQuantities(text), text).toEqual([]);
    }
  });

  it('does not count "one" used as a pronoun', () => {
    expect(extractQuantities('the large one')).toEqual([]);
    expect(extractQuantities('one of them')).toEqual([]);
    expect(extractQuantities('just one')).toEqual([{ value: 1, span: [5, 8] }]);
    // a thing described, then "one" standing for it: "the 3pm one then", "that 7:20 one works"
    expect(extractQuantities('OK, the 3pm one then, normal seats')).toEqual([]);
    expect(extractQuantities('that 7:20pm one works')).toEqual([]);
    expect(extractQuantities('the window seat one, please')).toEqual([]);
    // …but a count of people or things after "for" stays one, and so does one with its noun
    expect(extractQuantities('book the table for one')).toEqual([{ value: 1, span: [19, 22] }]);
    expect(extractQuantities('the kids one ticket')).toEqual([{ value: 1, unit: 'ticket', span: [9, 19] }]);
  });

  it('reads a half after the unit: 两公斤半 → 2.5 公斤', () => {
    expect(extractQuantities('寄两公斤半的文件')).toEqual([{ value: 2.5, unit: '公斤', span: [1, 5] }]);
    expect(extractQuantities('三斤半')).toEqual([{ value: 3.5, unit: '斤', span: [0, 3] }]);
  });

  it('reads a count that opens a clause after a comma (「北京寄天津，3公斤」), and not the parts of a time or a number', () => {
    expect(extractQuantities('北京寄天津，3公斤')).toEqual([{ value: 3, unit: '公斤', span: [6, 9] }]);
    expect(extractQuantities('Beijing to Tianjin, 3 kg')).toEqual([{ value: 3, unit: 'kg', span: [20, 24] }]);
    expect(extractQuantities('12:30')).toEqual([]);
    expect(extractQuantities('1,000元')).toEqual([{ value: 1000, unit: '元', span: [0, 6] }]);
  });

  it('counts a Chinese numeral after a name that ends in a letter where a measure word follows (「维E两瓶」), not in a code (「B三」)', () => {
    expect(extractQuantities('维E两瓶')).toEqual([{ value: 2, unit: '瓶', span: [2, 4] }]);
    expect(extractQuantities('座位B三')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { capOnEach, priceCap } from './price-cap.ts';

describe('the most a person will pay', () => {
  it('is the limit said as money, in Chinese and in English', () => {
    expect(priceCap('周六上午来做个除螨，要是不超过150块就直接约了')).toBe(150);
    expect(priceCap('30元以内就买一盒')).toBe(30);
    expect(priceCap('价格200以内的就行')).toBe(200);
    expect(priceCap('预算500')).toBe(500);
    expect(priceCap('If the herbal tea is under 30 kuai, grab me a box')).toBe(30);
    expect(priceCap('book it as long as it costs under 50')).toBe(50);
    expect(priceCap('if it is ¥80 or less')).toBe(80);
    // (a bare number under a limit, with the act it allows right after)
    expect(priceCap('海景房要是低于600就帮我订，不然就算了')).toBe(600);
  });

  it('is none where the limit is of no money, or is a difference between two prices', () => {
    expect(priceCap('90平以内的房子')).toBeUndefined();
    expect(priceCap('人数不超过6就帮我订')).toBeUndefined();
    expect(priceCap('低于90平就订2小时的')).toBeUndefined();
    expect(priceCap('under 2 hours please')).toBeUndefined();
    expect(priceCap('两种船票差不到20块就坐快船，不然坐慢船')).toBeUndefined();
    expect(priceCap('if the fast ferry is less than 20 kuai more, take it')).toBeUndefined();
  });
});

describe('a limit on each one', () => {
  it('is said of one, of each, or per one', () => {
    expect(capOnEach('上层座一张要是不超过90块就买三张')).toBe(true);
    expect(capOnEach('每张不超过80就订三张')).toBe(true);
    expect(capOnEach('two deck seats if a seat is under 90')).toBe(true);
    expect(capOnEach('book 3 if they are under 80 each')).toBe(true);
  });

  it('is said of the one whose price was just asked ("how much is a tin? if it\'s under 30, grab me two")', () => {
    expect(capOnEach("how much is a tin of oolong? if it's under 30 yuan grab me two tins")).toBe(true);
    expect(capOnEach('草本茶一盒多少钱？要是不到30就拿两盒')).toBe(true);
    expect(capOnEach('草本茶两盒多少钱？要是不到60就拿')).toBe(false);
  });

  it('is not a limit on the whole', () => {
    expect(capOnEach('两张不超过200块就买')).toBe(false);
    expect(capOnEach('if it is under 30 kuai, grab me a box')).toBe(false);
  });
});

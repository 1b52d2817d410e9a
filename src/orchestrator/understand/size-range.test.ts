import { describe, expect, it } from 'vitest';
import { amountsSaid, holds, rangeOfField, rangesIn } from './size-range.ts';

describe('sizes said and the ranges things are for', () => {
  it('reads an amount with its unit, in Chinese and English', () => {
    expect(amountsSaid('房子大概七十平，周六上午来')).toEqual([{ value: 70, measure: 'area' }]);
    // 「来」「多」 after the number: about that much
    expect(amountsSaid('店里六十来平，周日来收拾')).toEqual([{ value: 60, measure: 'area' }]);
    expect(amountsSaid('一百多平')).toEqual([{ value: 100, measure: 'area' }]);
    expect(amountsSaid('the studio is roughly 42 sqm')).toEqual([{ value: 42, measure: 'area' }]);
    expect(amountsSaid('we are 5 people')).toEqual([{ value: 5, measure: 'people' }]);
    expect(amountsSaid('孩子6岁，体重20公斤')).toEqual([{ value: 20, measure: 'weight' }, { value: 6, measure: 'age' }]);
    // a span is no one amount; a time is no size
    expect(amountsSaid('两到三人，下午三点')).toEqual([]);
  });

  it('reads ranges with either end open', () => {
    expect(rangesIn('小户型（40～70平米）')).toEqual([{ min: 40, max: 70, measure: 'area' }]);
    expect(rangesIn('适用120㎡以上')).toEqual([{ min: 120, measure: 'area' }]);
    expect(rangesIn('单间（50平方米以内）')).toEqual([{ max: 50, measure: 'area' }]);
    expect(rangesIn('Family table, up to 6 people')).toEqual([{ max: 6, measure: 'people' }]);
    expect(rangesIn('for 3-12 years old')).toEqual([{ min: 3, max: 12, measure: 'age' }]);
    expect(rangesIn('2位技师，约3小时')).toEqual([]);
  });

  it('reads ranges from fields named for them', () => {
    expect(rangeOfField('areaMax', '80')).toEqual({ max: 80, measure: 'area' });
    expect(rangeOfField('minGuests', '4')).toEqual({ min: 4, measure: 'people' });
    expect(rangeOfField('price', '80')).toBeUndefined();
  });

  it('holds an amount between its ends, ends included', () => {
    expect(holds({ min: 40, max: 70, measure: 'area' }, { value: 70, measure: 'area' })).toBe(true);
    expect(holds({ max: 50, measure: 'area' }, { value: 55, measure: 'area' })).toBe(false);
    expect(holds({ max: 50, measure: 'people' }, { value: 5, measure: 'area' })).toBe(false);
  });
});

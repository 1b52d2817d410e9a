import { describe, expect, it } from 'vitest';
import { kindsNamed } from './kinds-named.ts';

const described = ['查询可随船票加购的餐食（盒饭、泡面、热饮）及价格，返回 mealId。', '舱位（普通舱、观景舱），一单最多 6 张。'];

describe('the kinds a text names a member of', () => {
  it('reads a kind and what it holds from the words listed beside it', () => {
    expect(kindsNamed('盒饭可以单买吗', described)).toEqual(['餐食']);
    expect(kindsNamed('两张观景舱', described)).toEqual(['舱位']);
  });

  it('names no kind for a thing none lists, nor for an ID or a number', () => {
    expect(kindsNamed('能带宠物吗', described)).toEqual([]);
    expect(kindsNamed('s1', ['班次（s1、s2）'])).toEqual([]);
  });
});

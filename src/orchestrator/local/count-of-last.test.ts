import { describe, expect, it } from 'vitest';
import { countsLastThing } from './count-of-last.ts';
import { planGoals } from './goals.ts';
import { testCatalog } from './test-catalog.ts';

describe('a clause that counts things and names none', () => {
  it('counts the thing just named (「给我来两瓶」, "three of those")', () => {
    expect(countsLastThing('给我来两瓶，送到朝阳区光华路9号')).toBeDefined();
    expect(countsLastThing("I'll take three of those")).toBeDefined();
    expect(countsLastThing('我们三个人')).toBeUndefined();
    expect(countsLastThing('住两晚')).toBeUndefined();
    expect(countsLastThing('再叫个车从北门到火车站')).toBeUndefined();
  });

  it('counts the thing just named where how it comes is said too (「拿两盒，我自己过去取」)', () => {
    expect(countsLastThing('拿两盒，我自己过去取')).toBeDefined();
    expect(countsLastThing('拿两盒，我自己过去买点别的')).toBeUndefined();
  });

  it('counts tickets or rooms booked on the way (「顺便给我订三张」「一并订两间」)', () => {
    expect(countsLastThing('顺便给我订三张')).toBeDefined();
    expect(countsLastThing('一并订两间')).toBeDefined();
    expect(countsLastThing('再订两张去西港的')).toBeUndefined();
  });

  it('stays with the mini-program of the clause before, whatever its address fits', () => {
    const catalog = testCatalog([
      { appId: 'drinks', appName: '泉水铺', api: 'listGoods', description: '查询瓶装饮品和价格。', readOnly: true },
      { appId: 'drinks', appName: '泉水铺', api: 'orderGoods', description: '下单购买饮品，外送到家。' },
      { appId: 'cafe', appName: '豆子咖啡', api: 'placeOrder', description: '点咖啡下单，来一杯拿铁，外送到朝阳区或到店自取。' },
      { appId: 'cafe', appName: '豆子咖啡', api: 'listStores', description: '门店列表：朝阳区光华路店。', readOnly: true },
    ], { drinks: ['冰滴咖啡大瓶'] });
    const goals = planGoals('冰滴咖啡大瓶多少钱一瓶？给我来两瓶，送到朝阳区光华路9号', catalog, {});
    expect(goals.map((g) => g.toolId)).toEqual(['drinks.orderGoods']);
  });
});

describe('a count said on a condition, with when the person comes for it', () => {
  it('is a count of the thing just asked about (「有的话给我留一盒，我下班过去拿」)', () => {
    expect(countsLastThing('有的话给我留一盒，我下班过去拿')).toBeDefined();
    expect(countsLastThing("if you have it, I'll take two boxes")).toBeDefined();
    expect(countsLastThing('有的话留一个，我明天去取')).toBeDefined();
    expect(countsLastThing('有的话给我留一盒桂花糕')).toBeUndefined();
  });
});

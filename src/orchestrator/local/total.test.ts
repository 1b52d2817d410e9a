import { describe, expect, it } from 'vitest';
import { asksTotal, totalLine } from './total.ts';

const fees = { items: [{ id: 'a', name: '停车费', due: 120 }, { id: 'b', name: '物业费', due: 300.5 }, { id: 'c', name: '暖气费', due: 0 }] };

describe('what several things come to', () => {
  it('is asked by 「加起来一共多少」 and "how much altogether"', () => {
    expect(asksTotal('停车费物业费加起来一共多少')).toBe(true);
    expect(asksTotal('how much is it altogether?')).toBe(true);
    expect(asksTotal('停车费多少')).toBe(false);
  });

  it('sums the things named, or everything listed where fewer are named', () => {
    expect(totalLine(fees, ['停车费和物业费一共多少'], 'zh')).toBe('合计 ¥420.50。');
    expect(totalLine(fees, ['all of it, how much in total?'], 'en')).toBe('Altogether: ¥420.50.');
  });

  it('counts a thing named with a count (「两份」, "3")', () => {
    const menu = { items: [{ id: 'k1', name: '桂花糕', price: 18 }, { id: 'k2', name: '双人茶点', price: 46.5 }, { id: 'k3', name: 'Jasmine tea', price: 12 }] };
    expect(totalLine(menu, ['两份双人茶点一共多少钱？'], 'zh')).toBe('合计 ¥93.00。');
    expect(totalLine(menu, ['两份双人茶点和一个桂花糕总共多少'], 'zh')).toBe('合计 ¥111.00。');
    expect(totalLine(menu, ['what do 3 jasmine tea come to?'], 'en')).toBe('Altogether: ¥36.00.');
    expect(totalLine(menu, ['双人茶点那个一共多少钱'], 'zh')).toBeUndefined();
    // (a count said of something else, 「for 3」「and」 between it and the name, counts no tea)
    expect(totalLine(menu, ['seats for 3 and Jasmine tea, what does it all come to?'], 'en')).toBeUndefined();
    expect(totalLine(fees, ['停车物业暖气加起来一共多少'], 'zh')).toBe('合计 ¥420.50。');
  });

  it('finds a thing said in everyday words by the name skills give it (「打扫」: 保洁)', () => {
    // an invented tidy service's price list
    const services = { services: [{ id: 's1', name: '整理收纳（3小时）', price: 199 }, { id: 's2', name: '居家保洁（2小时）', price: 129 }, { id: 's3', name: '冰箱清洁', price: 79 }] };
    expect(totalLine(services, ['打扫一下和冰箱清洁各多少钱？两样一起一共多少'], 'zh')).toBe('合计 ¥208.00。');
  });

  it('says nothing where the things carry no amount', () => {
    expect(totalLine({ items: [{ id: 'a', name: 'x' }, { id: 'b', name: 'y' }] }, ['一共多少'], 'zh')).toBeUndefined();
  });
});

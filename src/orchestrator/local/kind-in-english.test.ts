import { describe, expect, it } from 'vitest';
import { matchEntitiesAnyLanguage } from './choose-entities.ts';

const timetable = [['k1', '儿童瑜伽 45分钟'], ['k2', '成人瑜伽 60分钟'], ['k3', '冰箱清洁 上门']].map(([id, name]) => ({ id: id!, names: [name!] }));
const named = (text: string) => matchEntitiesAnyLanguage(text, timetable).map((h) => h.entity.id);

describe('an English kind word for a list named in Chinese', () => {
  it('names things whose Chinese name holds its short Chinese word (「瑜伽」)', () => {
    expect(named('and the fridge')).toEqual(['k3']);
    expect(named('a couple of spots in yoga for the kids')).toEqual(['k1']);
  });

  it('takes the one of a kind the other words tell apart, and none where nothing does', () => {
    expect(named("two places in children's yoga")).toEqual(['k1']);
    expect(named('two places in adult yoga')).toEqual(['k2']);
    expect(named('two places in yoga')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { matchEntitiesAnyLanguage } from './choose-entities.ts';

const shelf = [['k1', '儿童口罩 5只/包'], ['k2', '成人口罩 10只/包'], ['k3', '电子体温计 1支']].map(([id, name]) => ({ id: id!, names: [name!] }));
const named = (text: string) => matchEntitiesAnyLanguage(text, shelf).map((h) => h.entity.id);

describe('an English kind word for a list named in Chinese', () => {
  it('names things whose Chinese name holds its short Chinese word (「口罩」)', () => {
    expect(named('and a thermometer')).toEqual(['k3']);
    expect(named('a couple of packs of masks for the kids')).toEqual(['k1']);
  });

  it('takes the one of a kind the other words tell apart, and none where nothing does', () => {
    expect(named("two packs of children's masks")).toEqual(['k1']);
    expect(named('two packs of adult masks')).toEqual(['k2']);
    expect(named('two packs of masks')).toEqual([]);
  });
});

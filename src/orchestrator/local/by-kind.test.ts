import { describe, expect, it } from 'vitest';
import type { Entity } from '../understand/index.ts';
import { byKindOrOffer } from './by-kind.ts';
import { matchEntitiesAnyLanguage } from './choose-entities.ts';

/** Food stalls at a ferry pier, each filed under its cuisine and listing what it is known for. */
const stalls: Entity[] = [
  { id: 's1', names: ['云溪面铺', 'Yunxi Noodles'], fields: { cuisine: '面食 Noodles', dishes: '葱油拌面、蟹黄面、雪菜肉丝面' } },
  { id: 's2', names: ['青屿海鲜档', 'Qingyu Seafood'], fields: { cuisine: '海鲜 Seafood', dishes: '椒盐皮皮虾、蒜蓉蒸扇贝、清蒸石斑' } },
  { id: 's3', names: ['东港甜品站', 'East Pier Sweets'], fields: { cuisine: '甜品 Desserts', dishes: '杨枝甘露、双皮奶、芒果班戟' } },
];

describe('a place said by its kind or by what it is known for', () => {
  it('is the one filed under the kind said (「馋海鲜了」, "the seafood place")', () => {
    expect(byKindOrOffer('馋海鲜了，随便来两个菜送到码头', stalls)?.entity.id).toBe('s2');
    expect(byKindOrOffer('order from the seafood place, two dishes', stalls)?.entity.id).toBe('s2');
  });

  it('is the one whose listing names the dish said (「来份双皮奶」)', () => {
    expect(byKindOrOffer('来份双皮奶再加一个杨枝甘露', stalls)?.entity.id).toBe('s3');
  });

  it('is none where the kind is not said, or more than one has it', () => {
    expect(byKindOrOffer('随便来点吃的', stalls)).toBeUndefined();
    const twins: Entity[] = [...stalls, { id: 's4', names: ['西港海鲜楼'], fields: { cuisine: '海鲜', dishes: '白灼虾' } }];
    expect(byKindOrOffer('馋海鲜了', twins)).toBeUndefined();
  });

  it('picks the place where nothing in the request names one', () => {
    expect(matchEntitiesAnyLanguage('中午想吃海鲜，来份清蒸石斑送到码头', stalls).map((h) => h.entity.id)).toEqual(['s2']);
    expect(matchEntitiesAnyLanguage('something from the dessert place, delivered', stalls).map((h) => h.entity.id)).toEqual(['s3']);
    // (a name said still wins)
    expect(matchEntitiesAnyLanguage('云溪面铺来份海鲜面', stalls).map((h) => h.entity.id)).toEqual(['s1']);
  });
});

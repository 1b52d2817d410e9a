import { describe, expect, it } from 'vitest';
import { entitiesByOwner, namesIn } from './by-owner.ts';

// invented ferry sailings from two piers, each naming its pier and the tour
const sailings = [['e1', '东港码头', '19:30'], ['e2', '东港码头', '21:00'], ['w1', '西港码头', '19:30']]
  .map(([id, pier, time]) => ({ id: id!, names: ['夜游灯光秀'], fields: { pierName: pier!, tourName: '夜游灯光秀', time: time! } }));
const ids = (text: string) => entitiesByOwner(text, sailings).map((e) => e.id);

describe('things told apart by the owner their fields name', () => {
  it('keeps those of the owner the text names', () => {
    expect(ids('西港七点半那班')).toEqual(['w1']);
    expect(ids('东港的')).toEqual(['e1', 'e2']);
  });

  it('keeps none where the text names only what all share, or nothing', () => {
    expect(ids('夜游灯光秀')).toEqual([]);
    expect(ids('七点半那班')).toEqual([]);
  });

  it('reads the names only from fields named for them', () => {
    expect(namesIn({ pierName: '东港码头', time: '19:30', title: '夜游' })).toEqual(['东港码头', '夜游']);
  });
});

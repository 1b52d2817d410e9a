import { describe, expect, it } from 'vitest';
import { chooseEntities } from './choose-entities.ts';
import { refusedByPart, setAsideSpans } from './set-aside.ts';

const said = (text: string) => setAsideSpans(text).map(([s, e]) => text.slice(s, e));

describe('what is named only to be set aside', () => {
  it('finds 「X就算了」「X不考虑」 and "skip the X", "X is out"', () => {
    expect(said('周六上午带我爸去上节课。快船就算了，晕船，订另外那班吧')).toEqual(['快船就算了']);
    expect(said('包间不考虑，大厅就行')).toEqual(['包间不考虑']);
    expect(said('Skip the tasting menu, just two mains')).toEqual(['Skip the tasting menu']);
    expect(said('Something on Sunday; rowing is out, my back hurts')).toEqual(['rowing is out']);
  });

  it('finds nothing in a correction or a plain request', () => {
    expect(said('两杯，算了，三杯')).toEqual([]);
    expect(said('周六上午的茶艺课，两个人')).toEqual([]);
  });
});

describe('a listed thing refused by part of its value', () => {
  const sailings = [
    { id: 's1', names: ['s1'], fields: { start: '09:00', kind: '高速快船', pier: '东码头' } },
    { id: 's2', names: ['s2'], fields: { start: '10:30', kind: '观光慢船', pier: '东码头' } },
  ];
  it('is left out of the choice (「快船就算了」), and so the other is the one', () => {
    expect(refusedByPart('快船就算了', sailings).map((e) => e.id)).toEqual(['s1']);
    expect(chooseEntities(sailings, ['周六上午带我爸去坐船。快船就算了，晕船，订另外那班吧'], undefined, false, undefined, undefined, true).map((e) => e.id)).toEqual(['s2']);
  });
  it('leaves all where the words name what every one carries, or nothing', () => {
    expect(refusedByPart('东码头就算了', sailings)).toEqual([]);
    expect(refusedByPart('就算了', sailings)).toEqual([]);
  });
});

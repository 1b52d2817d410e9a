import { describe, expect, it } from 'vitest';
import { matchEntitiesAnyLanguage } from './choose-entities.ts';
import { describedByWhatItDoes, describedThing } from './name-pieces.ts';

const shelf = [['g1', '不锈钢保温杯 500ml 真空双层'], ['g2', '玻璃水杯 350ml'], ['g3', '陶瓷马克杯 带盖']].map(([id, name]) => ({ id: id!, names: [name!] }));

describe('a thing described by pieces of its name said apart', () => {
  it('takes the one whose name holds two or more of them (「能保温的那种双层的」)', () => {
    expect(describedThing('有没有能保温的那种双层的？', shelf)?.entity.id).toBe('g1');
    expect(matchEntitiesAnyLanguage('有没有能保温的那种双层的？给我拿一个', shelf).map((h) => h.entity.id)).toEqual(['g1']);
  });

  it('takes none on one piece alone, or where two names hold as many', () => {
    expect(describedThing('有没有带盖子的', shelf)).toBeUndefined();
    expect(describedThing('来个杯子', shelf)).toBeUndefined();
  });
});

describe('a thing said by what it does', () => {
  const kit = [
    { id: 'a', names: ['电子血压计'] }, { id: 'b', names: ['红外测温仪', '测温仪'] }, { id: 'c', names: ['医用棉签'] },
  ];
  it('is the one thing whose name holds a piece of the 「…的」 phrase (「量血压的」, 「额头测温的那种仪器」)', () => {
    expect(describedByWhatItDoes('买一个量血压的和一包棉签', kit).map((h) => h.entity.id)).toEqual(['a']);
    expect(describedByWhatItDoes('额头测温的那种仪器多少钱', kit).map((h) => h.entity.id)).toEqual(['b']);
  });
  it('is none where the kind said after 那种 is not in its name, or no name holds a piece', () => {
    expect(describedByWhatItDoes('额头测温的那种贴纸', kit)).toEqual([]);
    expect(describedByWhatItDoes('要便宜的', kit)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { entitiesByHours } from './by-hours.ts';

const visits = [
  { id: 'tidy-1h', names: ['整理收纳（1小时）', 'Tidy-up (1 hour)'] },
  { id: 'tidy-3h', names: ['整理收纳（3小时）', 'Tidy-up (3 hours)'] },
  { id: 'sofa', names: ['沙发清洗', 'Sofa wash'] },
];

describe('a thing chosen by how long it is said to last', () => {
  it('is the one whose name says that length, in either language', () => {
    expect(entitiesByHours('drop by on Friday, three hours should do', visits).map((e) => e.id)).toEqual(['tidy-3h']);
    expect(entitiesByHours('周六来做一个钟头就行', visits).map((e) => e.id)).toEqual(['tidy-1h']);
  });

  it('is none where no length or no name says it', () => {
    expect(entitiesByHours('周六上午来一趟', visits)).toEqual([]);
    expect(entitiesByHours('two hours please', visits)).toEqual([]);
  });
});

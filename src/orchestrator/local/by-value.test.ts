import { describe, expect, it } from 'vitest';
import { entitiesByValue } from './by-value.ts';

const stores = [
  { id: 'SH01', names: ['静安寺店'], fields: { city: '上海', hours: '08:00-22:00', storeId: 'SH01' } },
  { id: 'SH02', names: ['徐家汇店'], fields: { city: '上海', hours: '24小时', storeId: 'SH02' } },
  { id: 'HZ01', names: ['武林广场店'], fields: { city: '杭州', hours: '08:00-22:00', storeId: 'HZ01' } },
];
const shows = [
  { id: 's1', names: ['消失的证人'], fields: { format: 'IMAX', hall: '1号厅', start: '19:30' } },
  { id: 's2', names: ['消失的证人'], fields: { format: '2D', hall: '2号厅', start: '20:00' } },
];

describe('a thing picked by a value only it carries', () => {
  it('takes the one whose short value the request says, in Chinese or in English', () => {
    expect(entitiesByValue('去24小时那家买', stores).map((e) => e.id)).toEqual(['SH02']);
    expect(entitiesByValue('要IMAX那场', shows).map((e) => e.id)).toEqual(['s1']);
    expect(entitiesByValue('the imax one please', shows).map((e) => e.id)).toEqual(['s1']);
  });

  it('takes none for a value several share, a code, or a time', () => {
    expect(entitiesByValue('上海的店', stores)).toEqual([]);
    expect(entitiesByValue('SH01', stores)).toEqual([]);
    expect(entitiesByValue('19:30那场', shows)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { entitiesByPlace, entitiesInCity } from './by-place.ts';

const stores = [
  { id: 'SH01', names: ['康宁大药房·静安寺店'], fields: { area: '静安区', address: '上海市静安区南京西路1788号' } },
  { id: 'SH02', names: ['康宁大药房·徐家汇店'], fields: { area: '徐汇区', address: '上海市徐汇区漕溪北路88号' } },
  { id: 'HZ02', names: ['康宁大药房·滨江星光店'], fields: { area: '滨江区', address: '杭州市滨江区江南大道228号星光大道' } },
];

describe('a thing placed by where it is', () => {
  it('takes the store on the road or in the district said (「南京西路那家」, 「漕溪北路」, 「江南大道」)', () => {
    expect(entitiesByPlace('南京西路那家店有没有口罩', stores).map((e) => e.id)).toEqual(['SH01']);
    expect(entitiesByPlace('从漕溪北路那个店送', stores).map((e) => e.id)).toEqual(['SH02']);
    expect(entitiesByPlace('江南大道附近那家', stores).map((e) => e.id)).toEqual(['HZ02']);
  });

  it('takes none for a place every store shares or for one no store is at', () => {
    expect(entitiesByPlace('上海的店', stores)).toEqual([]);
    expect(entitiesByPlace('陆家嘴那家', stores)).toEqual([]);
  });
});

describe('a place said in English, and a city', () => {
  it('takes the store in the district spelled in pinyin ("…Road, Xuhui")', () => {
    expect(entitiesByPlace('Please deliver a box of Tylenol to 88 Caoxi North Road, Xuhui', stores).map((e) => e.id)).toEqual(['SH02']);
    expect(entitiesByPlace('deliver it to my office in Shanghai', stores)).toEqual([]);
  });

  it('keeps those in the one city said, in Chinese or in pinyin, and all for none or several', () => {
    const inCity = stores.map((e) => ({ ...e, fields: { ...e.fields, city: e.id.startsWith('SH') ? '上海' : '杭州' } }));
    expect(entitiesInCity('送到杭州市西湖区文三路100号', inCity).map((e) => e.id)).toEqual(['HZ02']);
    expect(entitiesInCity('deliver to my hotel in Shanghai', inCity).map((e) => e.id)).toEqual(['SH01', 'SH02']);
    expect(entitiesInCity('上海和杭州都行', inCity)).toHaveLength(3);
    expect(entitiesInCity('送到家', inCity)).toHaveLength(3);
  });
});

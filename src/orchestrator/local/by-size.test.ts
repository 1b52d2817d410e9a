import { describe, expect, it } from 'vitest';
import type { Entity } from '../understand/index.ts';
import { entitiesBySize } from './by-size.ts';

// an invented laundry-and-tidy service list: sizes in names, descriptions and fields
const plans: Entity[] = [
  { id: 'tidy-s', names: ['标准整理（小户型）', 'Standard tidy (small)'], fields: { note: '适合50平米以内' } },
  { id: 'tidy-m', names: ['标准整理（中户型）', 'Standard tidy (medium)'], fields: { note: '适合50~100平米' } },
  { id: 'tidy-l', names: ['标准整理（大户型）', 'Standard tidy (large)'], fields: { note: '适合100平米以上' } },
  { id: 'premium-80', names: ['精细整理（80平米以内）', 'Premium tidy (up to 80 sqm)'] },
  { id: 'sofa', names: ['沙发清洗'] },
];
const rooms: Entity[] = [
  { id: 'r2', names: ['Cosy room'], fields: { maxGuests: '2' } },
  { id: 'r4', names: ['Family room'], fields: { maxGuests: '4' } },
];
const ids = (list: Entity[]) => list.map((e) => e.id);

describe('things picked by the size the request says', () => {
  it('keeps the one whose stated range holds it, the ordinary kind where two kinds fit', () => {
    expect(ids(entitiesBySize('家里六十平左右，周日来收拾一下', plans))).toEqual(['tidy-m']);
    expect(ids(entitiesBySize('about 30 square meters, Saturday morning', plans))).toEqual(['tidy-s']);
    expect(ids(entitiesBySize('一百二十平', plans))).toEqual(['tidy-l']);
  });

  it('reads ranges from fields named for them', () => {
    expect(ids(entitiesBySize('a room for 3 people', rooms))).toEqual(['r4']);
  });

  it('picks nothing where no size is said or none fits', () => {
    expect(entitiesBySize('明天下午来收拾', plans)).toEqual([]);
    expect(entitiesBySize('a room for 6 people', rooms)).toEqual([]);
  });
});

describe('a kind said with the size', () => {
  it('is kept before the ordinary kind (「精细整理，七十平」)', () => {
    expect(ids(entitiesBySize('精细整理，家里七十平', plans))).toEqual(['premium-80']);
    expect(ids(entitiesBySize('家里七十平', plans))).toEqual(['tidy-m']);
  });
});

describe('a kind said in English with the size', () => {
  it('is kept before the ordinary kind ("premium tidy, about 70 sqm")', () => {
    expect(ids(entitiesBySize('premium tidy please, the flat is about 70 sqm', plans))).toEqual(['premium-80']);
  });
});

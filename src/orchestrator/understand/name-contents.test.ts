import { describe, expect, it } from 'vitest';
import { matchEntities } from './match-entities.ts';
import { withoutContents } from './name-contents.ts';

/** A bakery's list of this test's own: two boxes that hold the other things sold alone. */
const list = [
  { id: 'b1', names: ['早餐盒（小份可颂+热拿铁）', 'Breakfast box (small croissant + hot latte)'] },
  { id: 'b2', names: ['下午茶盒（大份可颂、两杯热拿铁）', 'Tea box (large croissant and two hot lattes)'] },
  { id: 'c1', names: ['大份可颂', 'Large croissant'] },
  { id: 'l1', names: ['热拿铁', 'Hot latte'] },
];

describe('a name without what the thing holds', () => {
  it('drops a bracket that lists things, and keeps one that names', () => {
    expect(withoutContents('早餐盒（小份可颂+热拿铁）')).toBe('早餐盒');
    expect(withoutContents('Tea box (large croissant and two hot lattes)')).toBe('Tea box');
    expect(withoutContents('咖啡（中关村店）')).toBe('咖啡（中关村店）');
  });

  it('lets a thing sold alone be found by part of its name, not the box that holds it', () => {
    expect(matchEntities('再来一个大可颂', list).map((m) => m.entity.id)).toEqual(['c1']);
    expect(matchEntities('两杯拿铁', list).map((m) => m.entity.id)).toEqual(['l1']);
    expect(matchEntities('一个早餐盒', list).map((m) => m.entity.id)).toEqual(['b1']);
    expect(matchEntities('小份可颂+热拿铁的那个', list).map((m) => m.entity.id)).toEqual(['b1']);
  });
});

import { describe, expect, it } from 'vitest';
import { fold } from './find-phrases.ts';
import { matchEntities } from './match-entities.ts';
import { narrowByAmount } from './number-fit.ts';

describe('fold', () => {
  it('reads the everyday 「钟头」 as the 「小时」 names are written in, length kept', () => {
    expect(fold('两个钟头')).toBe('两个小时');
    expect(fold('ＡＢ Cd')).toBe('ab cd');
  });

  it('lets 「两个钟头」 name the two-hour one of a list', () => {
    // a sparring club of the test's own, its sessions named by their length
    const list = [{ id: 'a', names: ['陪练（1小时）'] }, { id: 'b', names: ['陪练（2小时）'] }, { id: 'c', names: ['场地租用'] }];
    const named = matchEntities('下午来两个钟头', list).map((m) => m.entity);
    expect(narrowByAmount(named, '下午来两个钟头').map((e) => e.id)).toEqual(['b']);
  });
});

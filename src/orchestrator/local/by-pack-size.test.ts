import { describe, expect, it } from 'vitest';
import { byPackSize, packSizeSaid, withoutPackSize } from './by-pack-size.ts';

const bandages = [
  { id: 'b1', names: ['防水创可贴'], fields: { spec: '20片/盒', price: '9.9' } },
  { id: 'b2', names: ['弹力创可贴'], fields: { spec: '50片/盒', price: '15' } },
];

describe('a pack size said', () => {
  it('is read in Chinese and in English', () => {
    expect(packSizeSaid('创可贴要一盒20片装的')).toEqual({ count: 20, unit: '片' });
    expect(packSizeSaid('要每盒五十片的那种')).toEqual({ count: 50, unit: '片' });
    expect(packSizeSaid('the box of 50 please')).toEqual({ count: 50 });
    expect(packSizeSaid('来两盒创可贴')).toBeUndefined();
  });

  it('picks the one thing whose spec holds that many pieces', () => {
    expect(byPackSize(bandages, '创可贴要一盒20片装的，来3盒')?.id).toBe('b1');
    expect(byPackSize(bandages, 'two boxes of the 50-pack bandages')?.id).toBe('b2');
    expect(byPackSize(bandages, '创可贴要一盒30片装的')).toBeUndefined();
    expect(byPackSize(bandages, '来3盒创可贴')).toBeUndefined();
  });
});

describe('the words of a pack size', () => {
  it('are left out where the count of packs is read', () => {
    expect(withoutPackSize('创可贴要一盒20片装的那种，来3盒')).not.toMatch(/20|一盒/);
    expect(withoutPackSize('创可贴要一盒20片装的那种，来3盒')).toContain('来3盒');
  });
});

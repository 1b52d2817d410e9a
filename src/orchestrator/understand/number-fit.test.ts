import { describe, expect, it } from 'vitest';
import { narrowByAmount, numbersSaid } from './number-fit.ts';

const services = [
  { id: 'daily-2h', names: ['日常保洁（2小时）', 'Regular cleaning (2 hours)'] },
  { id: 'daily-3h', names: ['日常保洁（3小时）', 'Regular cleaning (3 hours)'] },
  { id: 'daily-4h', names: ['日常保洁（4小时）', 'Regular cleaning (4 hours)'] },
  { id: 'deep-90', names: ['深度保洁（90㎡以内）', 'Deep cleaning (up to 90 m²)'] },
  { id: 'deep-150', names: ['深度保洁（90～150㎡）', 'Deep cleaning (90–150 m²)'] },
];

describe('telling apart things named alike by the amount said', () => {
  it('reads counts and areas, not times', () => {
    expect(numbersSaid('明天早上八点来家里做4个小时保洁')).toEqual([4]);
    expect(numbersSaid('一百二十平左右')).toEqual([120]);
  });

  it('keeps the one whose name says the amount, or a range that holds it', () => {
    expect(narrowByAmount(services.slice(0, 3), '做4个小时保洁').map((s) => s.id)).toEqual(['daily-4h']);
    expect(narrowByAmount(services.slice(3), '一百二十平左右').map((s) => s.id)).toEqual(['deep-150']);
    expect(narrowByAmount(services.slice(3), 'about 80 square meters').map((s) => s.id)).toEqual(['deep-90']);
    // (a size said with its unit decides, whatever else is counted: 「一次」 is how many times)
    expect(narrowByAmount(services.slice(3), '家里一百二十平，做一次要多少钱').map((s) => s.id)).toEqual(['deep-150']);
  });

  it('keeps them all when no amount tells them apart', () => {
    expect(narrowByAmount(services.slice(3), '深度保洁').map((s) => s.id)).toEqual(['deep-90', 'deep-150']);
    // how many is no size: one deep cleaning may be of either size
    expect(narrowByAmount(services.slice(3), '约个深度保洁').map((s) => s.id)).toEqual(['deep-90', 'deep-150']);
    expect(narrowByAmount(services.slice(3), '来一个深度保洁').map((s) => s.id)).toEqual(['deep-90', 'deep-150']);
  });
});

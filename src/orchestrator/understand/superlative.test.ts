import { describe, expect, it } from 'vitest';
import { pickSuperlative } from './superlative.ts';

const shows = [
  { id: 'a', names: ['Film'], fields: { time: '14:30', price: '85' } },
  { id: 'b', names: ['Film'], fields: { time: '21:40', price: '85' } },
  { id: 'c', names: ['Film'], fields: { time: '11:00', price: '60' } },
];

describe('a superlative picks one of several', () => {
  it('takes the latest, the earliest and the cheapest, in Chinese and English', () => {
    expect(pickSuperlative(shows, '今晚最晚那场')?.id).toBe('b');
    expect(pickSuperlative(shows, 'the earliest one please')?.id).toBe('c');
    expect(pickSuperlative(shows, '最便宜的那个')?.id).toBe('c');
    expect(pickSuperlative(shows, "what's the cheapest")?.id).toBe('c');
  });

  it('picks nothing when nothing is said, or two share the extreme', () => {
    expect(pickSuperlative(shows, '今晚那场')).toBeUndefined();
    expect(pickSuperlative(shows, '最贵的')).toBeUndefined();
  });
});

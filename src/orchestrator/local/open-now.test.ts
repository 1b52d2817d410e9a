import { describe, expect, it } from 'vitest';
import { asksOpenNow, openNow } from './open-now.ts';

const piers = [
  { id: 'e', names: ['东港售票处'], fields: { isOpen: 'false', hours: '08:00-20:00' } },
  { id: 'w', names: ['西港售票处'], fields: { isOpen: 'true', hours: '06:00-23:00' } },
];

describe('a place open now', () => {
  it('is asked for in both languages', () => {
    expect(asksOpenNow('这会儿哪家售票处还开着？')).toBe(true);
    expect(asksOpenNow('which ticket office is still open?')).toBe(true);
    expect(asksOpenNow('售票处几点开门')).toBe(false);
  });

  it('is the one the list flags open; the list says nothing where it flags none', () => {
    expect(openNow(piers)?.map((e) => e.id)).toEqual(['w']);
    expect(openNow([{ id: 'x', names: ['南港'], fields: { hours: '08:00-20:00' } }])).toBeUndefined();
  });
});

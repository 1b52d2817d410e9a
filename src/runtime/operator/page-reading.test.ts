import { describe, expect, it } from 'vitest';
import { itemByName } from './page-reading.ts';

const stops = [{ id: 'a', name: '北站', nameEn: 'North Station' }, { id: 'b', name: '滨海机场T3', nameEn: 'Seaside Airport T3' }, { id: 'c', name: '地铁L10', nameEn: 'Metro L10' }];

describe('the item a name says', () => {
  it('takes the name said, whole or in part', () => {
    expect(itemByName(stops, 'North Station')?.id).toBe('a');
    expect(itemByName(stops, 'Seaside Airport')?.id).toBe('b');
  });

  it('reads a numbered part said in full as the initial the page shows ("Terminal 3" for T3)', () => {
    expect(itemByName(stops, 'Seaside Airport Terminal 3')?.id).toBe('b');
    expect(itemByName(stops, 'Metro Line 10')?.id).toBe('c');
    expect(itemByName(stops, 'Seaside Airport Terminal 4')).toBeUndefined();
  });
});

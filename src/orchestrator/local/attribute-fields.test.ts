import { describe, expect, it } from 'vitest';
import { attributeKeys, minutesOf, schemaTells } from './attribute-fields.ts';

describe('the fields that hold an attribute', () => {
  it('finds them by the names results give them, a total before a unit price', () => {
    expect(attributeKeys('price', { unitPrice: 3, total: 12, name: 'x' })).toEqual(['total', 'unitPrice']);
    expect(attributeKeys('duration', { lengthMinutes: 40 })).toEqual(['lengthMinutes']);
    expect(attributeKeys('hours', { open: '07:00', close: '20:00' })).toEqual(['open', 'close']);
    expect(attributeKeys('address', { street: '', where: 'Pier 3' })).toEqual([]);
  });

  it('never takes a number that counts the list beside it for a price', () => {
    const sailings = [{ id: 's1', fare: 30 }, { id: 's2', fare: 45 }];
    expect(attributeKeys('price', { total: 2, sailings })).toEqual([]);
    const schema = { type: 'object', properties: { total: { type: 'integer', description: '符合条件的航班总数' } } };
    expect(attributeKeys('price', { total: 40, sailings }, schema)).toEqual([]);
    expect(attributeKeys('price', { total: 75, sailings })).toEqual(['total']);
  });

  it('finds them by their schema descriptions where the name says nothing', () => {
    const schema = { type: 'object', properties: { loc: { type: 'string', description: '门店地址' } } };
    expect(attributeKeys('address', { loc: '湖边路 2 号' }, schema)).toEqual(['loc']);
  });

  it('tells whether an output schema holds one, in its lists', () => {
    const schema = { type: 'object', properties: { shops: { type: 'array', items: { type: 'object', properties: { shopId: { type: 'string' }, address: { type: 'string' } } } } } };
    expect(schemaTells('address', schema)).toBe(true);
    expect(schemaTells('price', schema)).toBe(false);
    // prices by kind tell prices; an order's total is what was paid, no price of a thing
    expect(schemaTells('price', { type: 'object', properties: { shows: { type: 'array', items: { type: 'object', properties: { prices: { type: 'object', properties: { standard: { type: 'number' } } } } } } } })).toBe(true);
    expect(schemaTells('price', { type: 'object', properties: { orders: { type: 'array', items: { type: 'object', properties: { orderId: { type: 'string' }, total: { type: 'number' }, amount: { type: 'number' } } } } } })).toBe(false);
  });

  it('reads hours as minutes where the field says hours', () => {
    expect(minutesOf('durationHours', 2)).toBe(120);
    expect(minutesOf('length', 3, '时长（小时）')).toBe(180);
    expect(minutesOf('minutes', 45)).toBe(45);
  });
});

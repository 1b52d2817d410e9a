import { describe, expect, it } from 'vitest';
import { parseEnumGlosses } from './enum-glosses.ts';
import { matchEnum } from './match-enum.ts';

// an invented bakery order's hand-over enum, glossed in the description
const handover = parseEnumGlosses('ship=快递寄送/courier, collect=门店自提/collect in store', ['ship', 'collect']);
const codes = (text: string) => matchEnum(text, handover).map((m) => m.code);

describe('everyday words for how a thing reaches the person', () => {
  it('hears fetching it oneself', () => {
    expect(codes("two loaves, I'll grab them at the riverside shop")).toEqual(['collect']);
    expect(codes('I can swing by after work')).toEqual(['collect']);
    expect(codes('我自己去店里拿')).toContain('collect');
    // the store a thing comes from is no way of handing it over: "get it from the east shop, same address" is still sent
    expect(codes('OK, get it from the east shop then, same address')).toEqual([]);
  });

  it('hears having it brought', () => {
    expect(codes('直接寄给我就行')).toEqual(['ship']);
    expect(codes('please mail them to me')).toEqual(['ship']);
  });
});

// an invented concert hall's seat enum: the better seats are glossed by where they are
const seats = parseEnumGlosses('zone=区域：floor=池座/floor seat，centre=中间区/centre block', ['floor', 'centre']);

describe('everyday words for the better place of a venue', () => {
  it('hears the middle and the good seats', () => {
    expect(matchEnum('three of us, best seats you have, somewhere in the middle', seats).map((m) => m.code)).toContain('centre');
    expect(matchEnum('两张，要居中的好位置', seats).map((m) => m.code)).toContain('centre');
    expect(matchEnum('two floor seats please', seats).map((m) => m.code)).toEqual(['floor']);
  });
});

describe('everyday words for a room of its own and the open floor', () => {
  // an invented teahouse's seating, glossed as its page labels them
  const room = parseEnumGlosses('room：hall=大厅/Hall，private=包间/Private room', ['hall', 'private']);
  it('hears 「包厢」「雅间」 as the room of its own, 「散座」 as the hall', () => {
    expect(matchEnum('今晚七点订个包厢，六个人', room).map((m) => m.code)).toEqual(['private']);
    expect(matchEnum('要个雅间', room).map((m) => m.code)).toEqual(['private']);
    expect(matchEnum('散座就行', room).map((m) => m.code)).toEqual(['hall']);
  });
});

import { describe, expect, it } from 'vitest';
import { savedAddressSaid } from './saved-address.ts';
import { readValue } from './read-value.ts';

// an invented user's two saved addresses
const saved = [
  { id: 'a1', label: '家', text: '杭州市西湖区灵隐路7号 2单元301' },
  { id: 'a2', label: '公司', text: '杭州市滨江区江南大道88号 B座9楼' },
];

describe('a saved address the words send something to', () => {
  it('is the one labelled home or work, said as 我家 / my place / the office', () => {
    expect(savedAddressSaid('两盒口罩送到我家', saved)).toBe(saved[0]!.text);
    expect(savedAddressSaid('deliver it to my place please', saved)).toBe(saved[0]!.text);
    expect(savedAddressSaid('bring the order to my office', saved)).toBe(saved[1]!.text);
    expect(savedAddressSaid('送到公司', saved)).toBe(saved[1]!.text);
    expect(savedAddressSaid('寄到爸妈家', [...saved, { id: 'a3', label: '爸妈家', text: '绍兴市越城区鲁迅中路9号' }])).toBe('绍兴市越城区鲁迅中路9号');
    expect(savedAddressSaid('send it to my home', [{ id: 'home', label: 'Home', text: 'Room 5, 9 Harbour Road' }])).toBe('Room 5, 9 Harbour Road');
  });

  it('is none where the words name no saved address, or the user keeps none of that kind', () => {
    expect(savedAddressSaid('送到西溪路12号', saved)).toBeUndefined();
    expect(savedAddressSaid('send it to my office', [saved[0]!])).toBeUndefined();
    expect(savedAddressSaid('送到我家', [])).toBeUndefined();
    expect(savedAddressSaid('用哪家快递公司寄最便宜', saved)).toBeUndefined();
  });
});

describe('an address parameter', () => {
  const param = { path: 'address', name: 'address', required: false, schema: { type: 'string' as const, description: '外送时必填：详细收货地址' } };
  const ctx = (text: string) => ({ texts: [text], now: new Date('2026-03-02T02:00:00Z'), timeZone: 'Asia/Shanghai', userCity: '杭州', addresses: saved });

  it('takes the street address said, else the saved one the words send it to', () => {
    expect(readValue(param, ctx('送到西溪路12号 3幢'))).toBe('西溪路12号 3幢');
    expect(readValue(param, ctx('一盒退热贴，送到我家'))).toBe(saved[0]!.text);
    expect(readValue(param, ctx('一盒退热贴，我自己去拿'))).toBeUndefined();
  });
});

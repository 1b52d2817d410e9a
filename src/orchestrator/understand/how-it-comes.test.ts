import { describe, expect, it } from 'vitest';
import { withoutHowItComes } from './how-it-comes.ts';

describe('withoutHowItComes', () => {
  it('drops how a thing reaches the person, in Chinese and English', () => {
    expect(withoutHowItComes('来两瓶润喉糖，送到家').replace(/\s+/g, '')).toBe('来两瓶润喉糖，');
    expect(withoutHowItComes('买一支护手霜，我自己去店里拿').replace(/\s+/g, '')).toBe('买一支护手霜，');
    expect(withoutHowItComes('get me some throat lozenges delivered home').trim()).toBe('get me some throat lozenges');
    expect(withoutHowItComes('two tubes of hand cream, I\'ll pick them up').replace(/\s+/g, ' ').trim()).toBe('two tubes of hand cream,');
  });
  it('keeps sending a parcel, which is the act itself, and a text that says nothing else', () => {
    expect(withoutHowItComes('寄个文件到杭州')).toBe('寄个文件到杭州');
    expect(withoutHowItComes('ship a box to my office in Shenzhen')).toBe('ship a box to my office in Shenzhen');
    expect(withoutHowItComes('送到家')).toBe('送到家');
  });
});

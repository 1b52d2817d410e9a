import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import { optionNoteLine, optionNotes } from './option-note.ts';

// an invented ferry whose booking takes a cabin, one of them noted where it is
const book: Tool = {
  id: 'ferry.book', appId: 'ferry', appName: '海湾轮渡', version: 'v1', skill: 'skills/s', api: 'book', description: '', siblings: ['listSailings', 'book'],
  inputSchema: { type: 'object', properties: { sailingId: { type: 'string' }, cabin: { type: 'string', enum: ['basic', 'view'], description: '舱位：basic=普通舱/basic cabin，view=观景舱（顶层船头，全景窗）/view cabin。用户说“靠窗”用 view' } } },
};

describe('what an option is, as the skill notes it', () => {
  it('answers where or what an option is, and a yes-or-no that says a word of its note', () => {
    expect(optionNoteLine('观景舱在哪一层？', [book], 'zh')).toBe('观景舱：顶层船头，全景窗。');
    expect(optionNoteLine('观景舱是什么位置', [book], 'zh')).toBe('观景舱：顶层船头，全景窗。');
    expect(optionNoteLine('买观景舱的话是在船头吗', [book], 'zh')).toBe('观景舱：顶层船头，全景窗。');
    expect(optionNoteLine('what exactly is a view cabin?', [book], 'en')).toBe('view cabin (观景舱): 顶层船头，全景窗.');
  });

  it('leaves a booking, a price, a time, a price gap and an option without a note to the calls', () => {
    expect(optionNoteLine('帮我订两张观景舱', [book], 'zh')).toBeUndefined();
    expect(optionNoteLine('观景舱多少钱', [book], 'zh')).toBeUndefined();
    expect(optionNoteLine('观景舱几点开', [book], 'zh')).toBeUndefined();
    expect(optionNoteLine('观景舱比普通舱贵多少？', [book], 'zh')).toBeUndefined();
    expect(optionNoteLine('普通舱是什么位置', [book], 'zh')).toBeUndefined();
  });

  it('gives the notes after a price gap, whatever was asked', () => {
    expect(optionNotes('观景舱比普通舱贵多少？', [book], 'zh')).toBe('观景舱：顶层船头，全景窗。');
  });
});

import { describe, expect, it } from 'vitest';
import { whileDoing } from './while-doing.ts';

describe('whileDoing', () => {
  it('reads the doing and what is wanted in Chinese', () => {
    expect(whileDoing('坐船的时候能顺便买点吃的不')).toEqual({ doing: '坐船', wanted: '能顺便买点吃的不' });
    expect(whileDoing('明天上陶艺课那会儿，有没有围裙卖')).toMatchObject({ doing: '明天上陶艺课', wanted: '有没有围裙卖' });
  });

  it('reads it in English', () => {
    expect(whileDoing("Anything to drink while I'm on the ferry?")).toMatchObject({ doing: 'on the ferry', wanted: 'Anything to drink ?' });
    expect(whileDoing('Can I get tea during the lantern show')).toMatchObject({ doing: 'the lantern', wanted: expect.stringContaining('Can I get tea') });
  });

  it('says nothing where no time of doing is said', () => {
    expect(whileDoing('明天下午三点的船票多少钱')).toBeUndefined();
    expect(whileDoing('When is the next ferry?')).toBeUndefined();
  });
});

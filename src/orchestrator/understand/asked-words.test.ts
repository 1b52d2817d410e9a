import { describe, expect, it } from 'vitest';
import { withAskedWords, withoutAskedWords } from './asked-words.ts';

describe('what a question asks, in the words skills use', () => {
  it('adds the words for hours, stock, fees and how long, in both languages', () => {
    expect(withAskedWords('静安寺店几点关门？')).toContain('营业时间');
    expect(withAskedWords('What time does the Xujiahui store close?')).toContain('营业时间');
    expect(withAskedWords('徐家汇店额温枪还有货吗')).toContain('库存');
    expect(withAskedWords('Is ibuprofen in stock?')).toContain('库存');
    expect(withAskedWords('送到家要运费吗')).toContain('配送费');
    expect(withAskedWords('深度保洁要多久')).toContain('时长');
  });

  it('reads whether a place is still open as a question about its hours', () => {
    expect(withAskedWords('东门那家半夜还开吗？')).toContain('营业时间');
    expect(withAskedWords('Is the riverside branch still open at 11pm?')).toContain('营业时间');
    expect(withAskedWords('现在营业吗')).toContain('营业时间');
  });

  it('reads the price of a ticket or a seat as a question of fares, not of what is sold beside them', () => {
    expect(withAskedWords('how much is a regular ticket at the east pier?')).toContain('票价');
    expect(withAskedWords("what's the ticket price on Saturday")).toContain('票价');
    expect(withAskedWords('观景舱一张多少钱')).toContain('票价');
    expect(withAskedWords('how much is the boxed lunch?')).not.toContain('票价');
  });

  it('leaves what else a question asks once the words of these are taken out', () => {
    expect(withoutAskedWords('南门店几点关门？')).not.toMatch(/几点/);
    expect(withoutAskedWords('南门店几点关门？明天还有几点的课')).toMatch(/几点的课/);
  });

  it('adds nothing to a request that asks none of these', () => {
    expect(withAskedWords('帮我订明天下午三点的票')).toBe('帮我订明天下午三点的票');
  });
});

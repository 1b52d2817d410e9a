import { describe, expect, it } from 'vitest';
import { stem, tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('segments Chinese into words and adds bigrams for recall', () => {
    const tokens = tokenize('帮我订一张高铁票');
    expect(tokens).toEqual(expect.arrayContaining(['高铁', '票', '铁票', '一张']));
    // the segmenter splits 拿铁 inside a sentence; the bigram still finds it
    expect(tokenize('一杯拿铁少冰')).toContain('拿铁');
  });

  it('does not count a two-character word twice through its bigram', () => {
    expect(tokenize('高铁').filter((t) => t === '高铁')).toHaveLength(1);
  });

  it('lowercases, drops punctuation and stems English plurals', () => {
    expect(tokenize('Order two large Lattes, please!')).toEqual(['order', 'two', 'large', 'latte', 'please']);
    expect(tokenize('deliveries boxes glasses')).toEqual(['delivery', 'box', 'glass']);
  });

  it('splits API identifiers into words', () => {
    expect(tokenize('bookTrainTicket')).toEqual(['book', 'train', 'ticket']);
    expect(tokenize('list_stores wx.createOrder')).toEqual(['list', 'store', 'wx', 'create', 'order']);
  });

  it('turns full-width letters and digits into ASCII', () => {
    expect(tokenize('ＡＢＣ１２３')).toEqual(['abc123']);
  });

  it('leaves short and non-letter words alone when stemming', () => {
    expect(stem('bus')).toBe('bus');
    expect(stem('class')).toBe('class');
    expect(stem("user's")).toBe('user');
  });
});

import { describe, expect, it } from 'vitest';
import { listedLine } from './listed-line.ts';

// a tea counter's list keyed by numbers, filed by kind
const structured = { items: [
  { teaId: 1, name: '桂花乌龙', price: 22, categoryName: '乌龙茶' },
  { teaId: 2, name: '冻顶乌龙', price: 24, categoryName: '乌龙茶' },
  { teaId: 3, name: '茉莉花茶', price: 18, categoryName: '花茶' },
] };

describe('what a list says when its words say nothing to the person', () => {
  it('is the things of the kind asked, by name and price (「有什么乌龙茶推荐吗」)', () => {
    expect(listedLine(structured, ['有什么乌龙茶推荐吗'], 'zh')).toBe('乌龙茶：桂花乌龙 ¥22、冻顶乌龙 ¥24。');
  });

  it('is the first of all where no kind is named, and nothing where nothing is listed', () => {
    expect(listedLine(structured, ['What do you have?'], 'en')).toBe('桂花乌龙 ¥22, 冻顶乌龙 ¥24, 茉莉花茶 ¥18.');
    expect(listedLine({ total: 0 }, ['有什么推荐'], 'zh')).toBeUndefined();
  });
});

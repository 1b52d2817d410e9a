import { describe, expect, it } from 'vitest';
import { serviceWords, withChineseWords } from './service-words.ts';

describe('an English request read against skills written in Chinese', () => {
  it('adds the Chinese words of the services it names', () => {
    expect(withChineseWords("What's showing in Shanghai this afternoon?")).toContain('电影');
    expect(withChineseWords('Can someone come clean my place tomorrow?')).toContain('保洁');
    expect(withChineseWords('How much is a single pilates class?')).toContain('课');
  });

  it('leaves a Chinese request as it is', () => {
    expect(withChineseWords('帮我约明天的保洁')).toBe('帮我约明天的保洁');
  });
});

describe('the words that say which service', () => {
  it('leaves out the words of asking and doing, keeps the things', () => {
    const words = serviceWords('How much is a comfort car to the airport? Book it');
    expect(words).not.toMatch(/how much|book|多少钱|预约/i);
    expect(words).toContain('comfort car');
    expect(serviceWords('Book a window cleaning')).toContain('擦玻璃');
  });
});

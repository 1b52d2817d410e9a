import { describe, expect, it } from 'vitest';
import { paramLabel } from './phrasing.ts';

describe('a parameter named in a question', () => {
  it('takes the English a bilingual description gives its label, not an example\'s words nor the raw name', () => {
    expect(paramLabel('收件城市（destination city）：寄到哪里，如「上海」。可寄城市 / cities served: 北京 Beijing, 上海 Shanghai', 'toCity', 'en')).toBe('destination city');
    expect(paramLabel('到达站，如 Hangzhou East、上海虹桥', 'toStation', 'en')).toBe('to station');
    expect(paramLabel('到达站，如 Hangzhou East', 'toStation', 'zh')).toBe('到达站');
  });
});

import { describe, expect, it } from 'vitest';
import { readValue } from './read-value.ts';

describe('where a trip starts', () => {
  const from = { path: 'from', name: 'from', required: true, schema: { type: 'string' as const, description: '出发城市或车站' } };
  const ctx = (text: string, userCity: string | null = '杭州') => ({ texts: [text], now: new Date('2026-03-02T02:00:00Z'), timeZone: 'Asia/Shanghai', userCity: userCity ?? undefined });

  it('is the person\'s own city for a trip said only by where it goes, to another city', () => {
    expect(readValue(from, ctx('周四我和老伴去南京，坐高铁'))).toBe('杭州');
    expect(readValue(from, ctx('明天去苏州的火车票'))).toBe('杭州');
  });

  it('is what was said where it was said, and unknown where the trip stays in town or the city is not known', () => {
    expect(readValue(from, ctx('明天从上海去南京'))).toBe('上海');
    expect(readValue(from, ctx('明天去杭州的火车票'))).toBeUndefined();
    expect(readValue(from, ctx('明天去南京', null))).toBeUndefined();
    expect(readValue(from, ctx('帮我叫个车去机场'))).toBeUndefined();
    // (a thing sent may leave from anywhere: where from is asked)
    expect(readValue(from, ctx('帮我寄个东西到南京，3公斤'))).toBeUndefined();
    expect(readValue(from, ctx('ship a box to Nanjing'))).toBeUndefined();
    expect(readValue({ ...from, required: false }, ctx('明天去南京'))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { cityOf, isCityName, placeWords } from './cities.ts';

describe('the city a request names', () => {
  it('is the one city said, in Chinese, whichever language it was said in', () => {
    expect(cityOf('上海有几家影城')).toBe('上海');
    expect(cityOf('Which cinemas are showing films in Shanghai?')).toBe('上海');
    expect(cityOf("any gyms in Xi'an?")).toBe('西安');
  });

  it('is no city where a street or a dish carries its name, or two are said', () => {
    expect(cityOf('南京西路那家店有口罩吗')).toBeUndefined();
    expect(cityOf('送到北京路100号')).toBeUndefined();
    expect(cityOf('来一份北京烤鸭')).toBeUndefined();
    expect(cityOf('the Nanjing Road store')).toBeUndefined();
    expect(cityOf('北京和上海各有几家店')).toBeUndefined();
    expect(cityOf('帮我订明天的票')).toBeUndefined();
  });
});

describe('a well-known place said by its English name', () => {
  it('is given in Chinese, for lists that name it only in Chinese', () => {
    expect(placeWords('a twin room at the Bund hotel this Saturday')).toBe('外滩');
    expect(placeWords('the West Lake hotel, river view if possible')).toBe('西湖 江景');
    expect(placeWords('a room near the station')).toBe('');
  });
});

describe('a city said by its name alone', () => {
  it('is a city name in either language, and no longer name that holds one', () => {
    expect(isCityName('Shanghai')).toBe(true);
    expect(isCityName(' hong  kong ')).toBe(true);
    expect(isCityName('深圳')).toBe(true);
    expect(isCityName('Shanghai Hongqiao')).toBe(false);
    expect(isCityName('深圳北')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { citiesIn, cityOf, placeWords } from './cities.ts';

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
    expect(cityOf('deliver it to 88 Guangzhou West Road please')).toBeUndefined();
    expect(cityOf('send it to 5 Beijing East Rd, Shanghai')).toBe('上海');
    expect(cityOf('北京和上海各有几家店')).toBeUndefined();
    expect(citiesIn('杭州的店送到南京西路')).toEqual(['杭州']);
    expect(cityOf('帮我订明天的票')).toBeUndefined();
  });
});

describe('a well-known place said by its English name', () => {
  it('is given in Chinese, for lists that name it only in Chinese', () => {
    expect(placeWords('a twin room at the Bund hotel this Saturday')).toBe('外滩');
    expect(placeWords('the West Lake hotel, river view if possible')).toBe('西湖 江景');
    expect(placeWords('a room near the station')).toBe('');
    expect(placeWords('the store on Nanjing West Road')).toBe('南京西路');
  });
});

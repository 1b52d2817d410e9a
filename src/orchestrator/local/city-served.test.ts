import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import { cityNotServed, notServedNotice, servedCities } from './city-served.ts';

// A laundry pickup of the test's own, whose city parameter says where it comes.
const tool = (api: string, city: string): Tool => ({
  id: `laundry.${api}`, appId: 'laundry', appName: '洗衣', version: 'v1', skill: 'skills/s', api, description: '', siblings: [api],
  inputSchema: { type: 'object', properties: { city: { type: 'string', description: city }, when: { type: 'string' } } },
});
const pickup = [tool('schedulePickup', '取件城市：广州 或 深圳，取自地址')];

describe('servedCities', () => {
  it('reads the cities a city parameter gives as the choice, or after words of serving', () => {
    expect(servedCities(pickup)).toEqual(['广州', '深圳']);
    expect(servedCities([tool('ship', '寄件城市，如「广州」。可寄城市 / cities served: 广州 Guangzhou, 成都 Chengdu')])).toEqual(['广州', '成都']);
  });

  it('reads no list where the cities are examples', () => {
    expect(servedCities([tool('listShops', '城市，如 广州、深圳；不填返回全部')])).toEqual([]);
    expect(servedCities([tool('listShops', 'City, e.g. Guangzhou')])).toEqual([]);
  });
});

describe('cityNotServed', () => {
  it('finds the one city said where only others are served', () => {
    expect(cityNotServed('下周我在成都出差，可以来收衣服吗', pickup)).toEqual({ city: '成都', served: ['广州', '深圳'] });
    expect(cityNotServed("I'm in Chengdu this week, can you pick up my laundry?", pickup)?.city).toBe('成都');
  });

  it('is nothing where the city is served, none is said, or the service says no list', () => {
    expect(cityNotServed('我在深圳，明天上午来收衣服', pickup)).toBeUndefined();
    expect(cityNotServed('明天上午来收衣服', pickup)).toBeUndefined();
    expect(cityNotServed('我在成都，明天来收衣服', [tool('schedulePickup', '城市，如 广州')])).toBeUndefined();
  });

  it('is nothing where the city is what a thing is about, not where the user is (「那部讲成都老茶馆的片子」)', () => {
    expect(cityNotServed('那部讲成都老茶馆的纪录片，明天几点有？', pickup)).toBeUndefined();
    expect(cityNotServed('the documentary set in Chengdu, what time is it on tomorrow?', pickup)).toBeUndefined();
    expect(cityNotServed('那部讲老茶馆的片子我在成都能看吗', pickup)?.city).toBe('成都');
  });

  it('says it plainly, in the message language', () => {
    const away = { city: '成都', served: ['广州', '深圳'] };
    expect(notServedNotice(away, 'zh')).toBe('抱歉，成都暂未开通这项服务，目前仅在广州、深圳提供。');
    expect(notServedNotice(away, 'en')).toBe('Sorry, this service is not available in Chengdu yet: it serves only Guangzhou and Shenzhen.');
  });
});

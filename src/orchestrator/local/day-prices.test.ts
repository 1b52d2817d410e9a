import { describe, expect, it } from 'vitest';
import { dayPricesLine } from './day-prices.ts';
import { entitiesIn } from './entities.ts';

/** An inn's room types, each priced by class of days, under the inn they belong to. */
const listed = entitiesIn({
  inns: [
    { innId: 'I1', name: '青屿客栈', roomTypes: [
      { roomTypeId: 'I1-SEA', name: '海景大床房', nameEn: 'Sea View King', weekday: 388, weekend: 468 },
      { roomTypeId: 'I1-GDN', name: '庭院双床房', nameEn: 'Garden Twin', weekday: 288, weekend: 288 },
    ] },
    { innId: 'I2', name: '云溪客栈', roomTypes: [{ roomTypeId: 'I2-SEA', name: '海景大床房', weekday: 420, weekend: 399 }] },
  ],
});

describe('what a thing costs on weekdays and at weekends', () => {
  it('is said of the thing named, among those of the place chosen', () => {
    expect(dayPricesLine(['青屿客栈的海景大床房平时住是不是便宜点'], listed, new Set(['I1']), 'zh')).toBe('海景大床房：平日 ¥388，周末 ¥468（平日更便宜）。');
    expect(dayPricesLine(['海景大床房周末和平时哪个贵'], listed, new Set(['I2']), 'zh')).toBe('海景大床房：平日 ¥420，周末 ¥399（周末更便宜）。');
  });

  it('is said in English with the English name, and says where they cost the same', () => {
    expect(dayPricesLine(['How much is the sea view king on a weeknight vs a weekend night?'], listed, new Set(['I1']), 'en')).toBe('Sea View King: weekdays ¥388, weekends ¥468 (weekdays are cheaper).');
    expect(dayPricesLine(['庭院双床房平时和周末价格一样吗'], listed, new Set(), 'zh')).toBe('庭院双床房：平日 ¥288，周末 ¥288（价格一样）。');
  });

  it('is nothing where no list read prices both classes, or nothing asked is named or chosen', () => {
    expect(dayPricesLine(['平时是不是便宜点'], entitiesIn({ rooms: [{ roomId: 'r1', name: '海景大床房', price: 388 }] }), new Set(['r1']), 'zh')).toBeUndefined();
    expect(dayPricesLine(['平时是不是便宜点'], listed, new Set(), 'zh')).toBeUndefined();
  });
});

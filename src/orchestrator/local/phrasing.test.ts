import { describe, expect, it } from 'vitest';
import { factOf, paramLabel } from './phrasing.ts';
import { questionFor } from './questions.ts';

describe('a parameter named in a question', () => {
  it('takes the English a bilingual description gives its label, not an example\'s words nor the raw name', () => {
    expect(paramLabel('收件城市（destination city）：寄到哪里，如「上海」。可寄城市 / cities served: 北京 Beijing, 上海 Shanghai', 'toCity', 'en')).toBe('destination city');
    expect(paramLabel('到达站，如 Hangzhou East、上海虹桥', 'toStation', 'en')).toBe('to station');
    expect(paramLabel('到达站，如 Hangzhou East', 'toStation', 'zh')).toBe('到达站');
  });

  it('leaves out the format a value is written in and an ID suffix (「离店日期 YYYY-MM-DD」, 「门店ID」)', () => {
    expect(paramLabel('离店日期 YYYY-MM-DD，晚于入住日期', 'checkOut', 'zh')).toBe('离店日期');
    expect(paramLabel('门店ID（如 SH01），来自 listStores', 'storeId', 'zh')).toBe('门店');
  });

  it('does not take a list of values for a label (`delivery=外送到家，pickup=到店自取`)', () => {
    expect(paramLabel('delivery=外送到家，pickup=到店自取。用户没说时先问用户', 'fulfilment', 'zh')).toBe('fulfilment');
  });
});

describe('a question about a choice of values', () => {
  it('asks a Chinese user by the values when the skill gives the choice no Chinese name', () => {
    const schema = { type: 'string', enum: ['delivery', 'pickup'], description: 'delivery=外送到家，pickup=到店自取。用户没说时先问用户' };
    const question = questionFor({ kind: 'enum', params: ['fulfilment'] } as never, () => schema, 'zh');
    expect(question).toBe('请问要哪一种：外送到家、到店自取？');
    expect(question).not.toMatch(/[a-z]/);
  });

  it('names sessions with no name of their own by what they are of, in English where the list has it', () => {
    const fields = { start: '10:30', clubName: '国贸店', clubNameEn: 'Guomao', typeName: '动感单车', typeNameEn: 'Spinning' };
    const ask = { kind: 'entity', params: ['classId'], candidates: [{ id: 'c1-1121-1030', names: ['c1-1121-1030'], fields }] } as never;
    expect(questionFor(ask, () => ({}), 'en')).toContain('Guomao Spinning（10:30）');
    expect(questionFor(ask, () => ({}), 'zh')).toContain('国贸店 动感单车（10:30）');
  });
});

describe('a Chinese result told to an English user', () => {
  it('says in English what the result states (full, sold out), not what a rule beside it says of a kind of thing', () => {
    expect(factOf('瑜伽课已约满。', { lang: 'en' })).toBe('Full: 瑜伽课已约满。');
    expect(factOf('找到 1 节课：周六 10:00 静安店 瑜伽 余11位。已约满的课不能预约。', { lang: 'en' })).toBe('找到 1 节课：周六 10:00 静安店 瑜伽 余11位。已约满的课不能预约。');
    expect(factOf('修改已支付的订单：请到柜台处理。', { lang: 'en' })).toBe('修改已支付的订单：请到柜台处理。');
  });

  it('does not call a list full where some of its lines are still free', () => {
    const slots = '2026-11-22：08:00可约，10:00不可约（该时段已约满），15:00可约';
    expect(factOf(slots, { lang: 'en' })).toBe(slots);
    expect(factOf('2026-11-22：10:00不可约（该时段已约满），15:00不可约（该时段已约满）', { lang: 'en' })).toMatch(/^Full: /);
  });

  it('calls none left sold out (「只剩 0 个」「余0」), and a count left above none not', () => {
    expect(factOf('这班渡轮上层座只剩 0 个，不够 2 张，未下单。', { lang: 'en', isError: true })).toMatch(/^Sorry, that did not go through \(sold out/);
    expect(factOf('上层座余0，下层座余12', { lang: 'en' })).toBe('上层座余0，下层座余12');
    expect(factOf('上层座只剩 3 个，不够 4 张，未下单。', { lang: 'en', isError: true })).not.toMatch(/sold out/);
    // (「没有下单」 says no order was placed, not that nothing was found)
    expect(factOf('上层座只剩 1 个，不够 2 人，没有下单。', { lang: 'en', isError: true })).toMatch(/^Sorry, that did not go through \(not enough\):/);
  });
});

describe('a line of the skill\'s own terms told to an English user', () => {
  it('is said as the service\'s terms, not as a result (「没有儿童票」 is no "none found", 「全额退款」 no "refunded")', () => {
    expect(factOf('船票大人小孩同价，不设儿童票，没有半价票。', { lang: 'en', rule: true })).toBe("The service's terms say: 船票大人小孩同价，不设儿童票，没有半价票。");
    expect(factOf('开船前 2 小时以上退票全额退款。', { lang: 'en', rule: true })).not.toMatch(/refunded/i);
    // (to a Chinese user, as written)
    expect(factOf('船票大人小孩同价，不设儿童票，没有半价票。', { lang: 'zh', rule: true })).toBe('船票大人小孩同价，不设儿童票，没有半价票。');
  });
});

describe('a choice among one', () => {
  it('offers the one as it is, to be taken with a yes', () => {
    const ask = { kind: 'entity', params: ['sailingId'], candidates: [{ id: 's1', names: ['云溪→青屿 10:30'] }] } as never;
    expect(questionFor(ask, () => ({ description: '航班ID' }), 'zh')).toBe('只有「云溪→青屿 10:30」这一个，要这个吗？');
    expect(questionFor(ask, () => ({ description: 'sailing' }), 'en')).toContain('only');
  });
});

describe('a choice offered where none is at the time said', () => {
  it('says so before it offers the others', () => {
    const ask = { kind: 'entity', params: ['sailingId'], noneWhenSaid: true, candidates: [{ id: 's1', names: ['云溪→青屿 10:30'] }] } as never;
    expect(questionFor(ask, () => ({ description: '航班ID' }), 'zh')).toBe('你说的时间没有。只有「云溪→青屿 10:30」这一个，要这个吗？');
    expect(questionFor(ask, () => ({ description: 'sailing' }), 'en')).toMatch(/^There is none at the time you said\./);
  });
});

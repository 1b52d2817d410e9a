import { describe, expect, it } from 'vitest';
import { saidFlag } from './said-flag.ts';

const breakfast = { type: 'boolean', description: '是否加早餐（按人按晚收费）；用户没提时为 false' };

describe('a yes-or-no parameter read from what the request asks for', () => {
  it('is true where the request asks for the thing, by its name or the short 「含早」', () => {
    expect(saidFlag('breakfast', breakfast, ['西湖边订一间双床房，两个人，带早餐，住一晚'])).toBe(true);
    expect(saidFlag('breakfast', breakfast, ['这周五入住外滩的行政套房，我们一家三口，要含早'])).toBe(true);
    expect(saidFlag('breakfast', breakfast, ['a twin room this Saturday night, with breakfast for two'])).toBe(true);
    expect(saidFlag('breakfast', breakfast, ['三口人，早饭要的'])).toBe(true);
    expect(saidFlag('breakfast', breakfast, ['早饭就不要了'])).toBe(false);
  });

  it('is false where the request declines it', () => {
    expect(saidFlag('breakfast', breakfast, ['周三入住周五退房，我跟同事俩人，早餐不用'])).toBe(false);
    expect(saidFlag('breakfast', breakfast, ['北京国贸这周五住两晚大床房，两个人，不要早餐'])).toBe(false);
    expect(saidFlag('breakfast', breakfast, ['One night in a family room please, no breakfast.'])).toBe(false);
  });

  it('says nothing where the request does not mention it, or the flag names nothing', () => {
    expect(saidFlag('breakfast', breakfast, ['订明天外滩店的高级双床房，住两晚'])).toBeUndefined();
    expect(saidFlag('confirmed', { type: 'boolean', description: '用户已确认' }, ['好的'])).toBeUndefined();
  });

  it('reads the words a description gives for yes, and a name in camel case as its words', () => {
    const wrap = { type: 'boolean', description: '礼品包装（+¥5）：true=礼盒包装/包成礼物/gift wrap，false=不包装。' };
    expect(saidFlag('giftWrap', wrap, ['a tin of oolong, and gift wrap it please'])).toBe(true);
    expect(saidFlag('giftWrap', wrap, ['两罐乌龙，帮我包成礼物'])).toBe(true);
    expect(saidFlag('giftWrap', wrap, ['两罐乌龙，不要礼盒包装'])).toBe(false);
    expect(saidFlag('giftWrap', { type: 'boolean', description: 'Wrap it as a present.' }, ['a tin of oolong with gift wrap'])).toBe(true);
  });
});

describe('a flag that adds what is over or undone to a list', () => {
  // an invented ferry's list of my tickets, past and refunded ones only when asked
  const history = { type: 'boolean' as const, description: '是否也列出我的已退票、已取消的船票：true=全部/all，false=只看未出行的。' };
  it('is set where the person speaks of a ticket refunded, cancelled or past', () => {
    expect(saidFlag('includeHistory', history, ['我上周退掉的那张船票退了多少钱'])).toBe(true);
    expect(saidFlag('includeHistory', history, ['how much did I get back for the ticket I refunded?'])).toBe(true);
  });
  it('is left alone for the tickets still to use', () => {
    expect(saidFlag('includeHistory', history, ['我明天那张船票几点开船'])).toBeUndefined();
    expect(saidFlag('includeHistory', history, ['帮我把明天的船票退了'])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { limitAsked } from './limits-said.ts';

// an invented ferry's skill document
const docs = [`# 海湾轮渡
## 可以做
- 买船票（普通舱 / 观景舱，一单最多 6 张），可随票加购餐食、行李托运；
- 查看我的船票。
## 不在范围内
- 餐食单独购买：餐食只能随船票一起下单。
- 指定铺位号：系统自动分配，不能指定铺位号。
- 其他航运公司的船票：如实说明不支持。
## 规则
- 船票大人小孩同价，“一家三口”就买 3 张，不设儿童票。
- 典型说法：「明早去青屿的船」「两张观景舱」`];

describe('whether a thing may be done, where the skill states a limit', () => {
  it('answers with the limit that shares the rarest words with the question', () => {
    expect(limitAsked('餐食能单独买吗？我不坐船', docs)?.sentence).toBe('餐食单独购买：餐食只能随船票一起下单。');
    expect(limitAsked('可以自己选铺位号吗', docs)?.sentence).toBe('指定铺位号：系统自动分配，不能指定铺位号。');
  });

  it('leaves a request, a question of another kind and a thing no limit names to the calls', () => {
    expect(limitAsked('能帮我买两张明天的船票吗', docs)?.sentence).toBeUndefined();
    expect(limitAsked('餐食多少钱', docs)?.sentence).toBeUndefined();
    expect(limitAsked('能看看我的船票吗', docs)?.sentence).toBeUndefined();
    // (a line that tells the model what to say is none; one common word is not enough)
    expect(limitAsked('能买别的航运公司的船票吗', docs)?.sentence).toBeUndefined();
    expect(limitAsked('坐船的时候能顺便买点吃的不', docs)?.sentence).toBeUndefined();
  });

  it('answers how many a party counts as by the line that says it', () => {
    expect(limitAsked('一家三口要买几张船票？餐食有哪些', docs)?.sentence).toBe('船票大人小孩同价，“一家三口”就买 3 张，不设儿童票。');
    // (how many, asked of no party, is the list's to answer)
    expect(limitAsked('明早的船还有几张票', docs)?.sentence).toBeUndefined();
  });

  it('answers whether a kind of thing is had by the line that says it is not', () => {
    expect(limitAsked('我们一家三口，小孩有儿童票吗', docs)?.sentence).toBe('船票大人小孩同价，“一家三口”就买 3 张，不设儿童票。');
    expect(limitAsked('Is there a child ticket?', docs)?.sentence).toBe('船票大人小孩同价，“一家三口”就买 3 张，不设儿童票。');
    // (asked whether it can be had, 「能不能买儿童票」: the line that says there is none answers it as well)
    expect(limitAsked('小孩能不能买儿童票', docs)?.sentence).toBe('船票大人小孩同价，“一家三口”就买 3 张，不设儿童票。');
    // (the kind of person in everyday words: 「小孩」 of a rule's 「儿童票」; a price asked of such a ticket is answered the same)
    expect(limitAsked('小孩有半价票吗', docs)?.sentence).toBe('船票大人小孩同价，“一家三口”就买 3 张，不设儿童票。');
    expect(limitAsked('明早青屿线，小朋友的票多少钱', docs)?.sentence).toBe('船票大人小孩同价，“一家三口”就买 3 张，不设儿童票。');
    expect(limitAsked("Can I buy a kid's ticket for tomorrow morning?", docs)?.sentence).toBe('船票大人小孩同价，“一家三口”就买 3 张，不设儿童票。');
    expect(limitAsked('Do kids get a discount? And what meals are there?', docs)?.sentence).toBe('船票大人小孩同价，“一家三口”就买 3 张，不设儿童票。');
    expect(limitAsked('儿童票多少钱', docs)?.sentence).toBe('船票大人小孩同价，“一家三口”就买 3 张，不设儿童票。');
    // (what a kind of person pays, asked as a discount with no ticket named: their fare)
    expect(limitAsked('小朋友坐船有优惠吗？', docs)?.sentence).toBe('船票大人小孩同价，“一家三口”就买 3 张，不设儿童票。');
    expect(limitAsked('Is there a discount for kids?', docs)?.sentence).toBe('船票大人小孩同价，“一家三口”就买 3 张，不设儿童票。');
    expect(limitAsked('我想带孩子坐船，孩子一米二要买票吗', docs)?.sentence).toBe('船票大人小孩同价，“一家三口”就买 3 张，不设儿童票。');
    expect(limitAsked('观景舱多少钱', docs)).toBeUndefined();
    // (but not of another kind of thing said for children: a sailing for kids is no child ticket)
    expect(limitAsked('Is there any sailing for kids this weekend?', docs)).toBeUndefined();
    expect(limitAsked('周末有没有适合儿童的航线', docs)).toBeUndefined();
    // (a thing the lines only name, not deny, is the lists' to answer)
    expect(limitAsked('明天还有观景舱吗', docs)?.sentence).toBeUndefined();
  });

  it('answers how many at most by the line that bounds it', () => {
    expect(limitAsked('观景舱一次最多能买几张', docs)?.sentence).toBe('买船票（普通舱 / 观景舱，一单最多 6 张），可随票加购餐食、行李托运；');
    expect(limitAsked('How many tickets can I buy at once at most?', docs)?.sentence).toBe('买船票（普通舱 / 观景舱，一单最多 6 张），可随票加购餐食、行李托运；');
  });

  it('answers the question asked beside an act, and nothing of a request asked as a question', () => {
    expect(limitAsked('能自己选铺位号吗？要两张明早的观景舱', docs)?.sentence).toBe('指定铺位号：系统自动分配，不能指定铺位号。');
    expect(limitAsked('能给我订两张明早的观景舱吗', docs)?.sentence).toBeUndefined();
    // ("can I buy X without Y?" asks whether it may be done, not for it done)
    expect(limitAsked('Can I buy a meal without a ferry ticket?', docs)?.sentence).toBe('餐食单独购买：餐食只能随船票一起下单。');
  });

  it('reads a thing on its own in the kind the limit is written of, and the clause before as the thing asked of', () => {
    const meals = ['查询可随船票加购的餐食（盒饭、泡面、热饮）及价格，返回 mealId。'];
    const limit = '餐食单独购买：餐食只能随船票一起下单。';
    expect(limitAsked('盒饭可以单买吗', docs, meals)?.sentence).toBe(limit);
    expect(limitAsked('我就想买份泡面，不买船票行不行', docs, meals)).toEqual({ sentence: limit, clause: '我就想买份泡面，不买船票行不行' });
    // (asked for, not asked whether: the same limit, of the same thing on its own)
    expect(limitAsked('就买两份盒饭，不坐船', docs, meals)).toEqual({ sentence: limit, clause: '就买两份盒饭，不坐船' });
    expect(limitAsked('我不坐船，就想买份盒饭', docs, meals)).toEqual({ sentence: limit, clause: '我不坐船，就想买份盒饭' });
    // (what is left out is not what is asked of: tickets without a meal are tickets)
    expect(limitAsked('给我来两张明早的观景舱，不要餐食', docs, meals)).toBeUndefined();
    expect(limitAsked('明早两张观景舱，不要盒饭', docs, meals)).toBeUndefined();
    expect(limitAsked('Do I have to buy a ferry ticket to get a meal?', docs, meals)?.sentence).toBe(limit);
    // (a thing left out is not what is asked of: 「不买餐食行吗」 beside two tickets asks nothing the limit answers)
    expect(limitAsked('两张观景舱，不买餐食行吗', docs, meals)).toBeUndefined();
  });

  it('answers the clause that asks whether, and leaves a price asked beside it to the list', () => {
    expect(limitAsked('餐食单买多少钱？不买票能只买餐食吗', docs)).toEqual({ sentence: '餐食单独购买：餐食只能随船票一起下单。', clause: '不买票能只买餐食吗' });
    expect(limitAsked('餐食单买多少钱', docs)).toBeUndefined();
  });
});

describe('a thing asked of on its own, said across clauses', () => {
  const withRebooking = [`${docs[0]}
- 改签（换班次）：不支持直接改签，先退票再重新买。
- 班次、舱位、张数齐了再下单。
- 用户只问价格时只查询，不要下单。
- 两个班次分成两个订单下单。`];
  const descriptions = ['查询可随船票一起加购的餐食（海鲜面、椰子水、套餐）及价格，返回 mealId。'];

  it('reads the thing left out a clause earlier, and the kind the thing wanted is, not a manner word the question shares', () => {
    expect(limitAsked('我今天不坐船哈，就路过码头想买两份海鲜面带走，能直接在这下单吗', withRebooking, descriptions)?.sentence)
      .toBe('餐食单独购买：餐食只能随船票一起下单。');
  });
});

describe('a limit the model is to pass on to the user', () => {
  const herbs = [`# 草本堂
## 不做什么
- 处方草药（查询结果中 rxOnly=true，如麻黄）不能网上下单：告诉用户须带医生开的方子到柜台由药师配药，不要为它调用 placeOrder。
- 其他药房的药：如实说明不支持。`];

  it('answers with the limit and what the user is to be told of it, the code left out', () => {
    expect(limitAsked('过两天能不能在这儿网上下单配一副麻黄？', herbs)?.sentence).toBe('处方草药（如麻黄）不能网上下单：须带医生开的方子到柜台由药师配药。');
  });
});

describe('whether a thing may be done in or for a city', () => {
  // an invented tea counter's skill document, its delivery bounded by city in words of its own
  const tea = [`# 青屿茶铺
## 能力域
在青屿茶铺的门店（厦门：渡口店、湖滨店；福州：三坊店）买茶：到店自取，或由同城门店外送。
## 规则
- 门店只在营业时间接单；外送只送门店所在城市（同城配送），配送费 ¥6。
- 每种茶每单最多 10 盒。
- 礼盒只能到店自取。
- 会员积分只在本店有效。
- 茶包按盒卖。
- 外送的订单可以改地址。
- 外送一般 40 分钟送达。
- 外送费满 99 元免。`];
  it('answers with the limit of cities where a city is named with the thing asked of there', () => {
    expect(limitAsked('能外送到福州吗，我在厦门下单', tea)?.sentence).toBe('外送只送门店所在城市（同城配送），配送费 ¥6。');
    expect(limitAsked('厦门的店能给福州送吗', tea)?.sentence).toBe('外送只送门店所在城市（同城配送），配送费 ¥6。');
    expect(limitAsked('可以跨城配送吗', tea)?.sentence).toBe('外送只送门店所在城市（同城配送），配送费 ¥6。');
  });

  it('does not take a city named alone, or with something no limit of cities is of, for that limit', () => {
    expect(limitAsked('福州能买吗', tea)?.sentence).toBeUndefined();
    expect(limitAsked('能在福州的店用厦门的优惠券吗', tea)?.sentence).toBeUndefined();
    expect(limitAsked('能送到家吗', tea)?.sentence).toBeUndefined();
  });
});

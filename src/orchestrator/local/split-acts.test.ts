import { describe, expect, it } from 'vitest';
import { newGoal } from './goals.ts';
import { splitActs } from './split-acts.ts';
import { testCatalog } from './test-catalog.ts';

const catalog = testCatalog([
  { appId: 'gym', appName: '燃力健身', api: 'searchClasses', description: '查团课课表：按门店、类型、日期列出课程。', readOnly: true },
  { appId: 'gym', appName: '燃力健身', api: 'bookClass', description: '约一节团课，可用次卡扣次。用户说「帮我约明晚7点的搏击」时调用。' },
  { appId: 'gym', appName: '燃力健身', api: 'buyClassPack', description: '购买10次团课卡：生成待支付订单。用户说「买个次卡」「办一张十次卡」时调用。' },
  { appId: 'gym', appName: '燃力健身', api: 'cancelBooking', description: '取消一个团课预约。' },
]);
const goalOf = (text: string, api: string) => newGoal(text, catalog.tool(`gym.${api}`)!);

describe('two acts of one mini-program in one sentence', () => {
  it('makes one goal per act, in the order said, the second reading "it" as what the first made', () => {
    const goals = splitActs(goalOf('买张十次卡，用它给我约周二晚上的搏击，两个人', 'bookClass'), catalog);
    expect(goals.map((g) => g.toolId)).toEqual(['gym.buyClassPack', 'gym.bookClass']);
    expect(goals[1]!.text).toContain('十次卡');
    expect(goals[1]!.text).toContain('两个人');
  });

  it('keeps one act with its details together, and a question before an act is not a second act', () => {
    expect(splitActs(goalOf('帮我约周二晚上的搏击，两个人，靠前的位置', 'bookClass'), catalog)).toHaveLength(1);
    expect(splitActs(goalOf('周二晚上有搏击吗，有的话帮我约一节', 'bookClass'), catalog)).toHaveLength(1);
    // who goes, said apart, goes with the act before it
    expect(splitActs(goalOf('帮我约周二晚上的搏击，就我一个，次卡', 'bookClass'), catalog)).toHaveLength(1);
  });
});

describe('the same act for two things, each with its own count', () => {
  const cinema = testCatalog([
    { appId: 'cinema', appName: '星光影城', api: 'searchShowtimes', description: '查询电影场次。', readOnly: true },
    { appId: 'cinema', appName: '星光影城', api: 'createTicketOrder', description: '为一个场次生成电影票订单。' },
  ], { cinema: ['小小厨神', 'Little Chef', '雪落无声', 'Silent Snow', '双人套餐', '星光影城·国贸店'] });
  const order = (text: string) => splitActs(newGoal(text, cinema.tool('cinema.createTicketOrder')!), cinema);

  it('orders each as a goal of its own, in the order said, each reading its own lists', () => {
    const english = order('Two tickets for Little Chef on Monday morning and one for Silent Snow Monday at 9pm');
    expect(english.map((g) => g.text)).toEqual(['Two tickets for Little Chef on Monday morning', 'one for Silent Snow Monday at 9pm']);
    expect(english.map((g) => g.since)).toEqual([undefined, -1]);
    expect(order('周一上午小小厨神买两张，再买一张周一晚上9点的雪落无声').map((g) => g.text)).toEqual(['周一上午小小厨神买两张', '买一张周一晚上9点的雪落无声']);
  });

  it('keeps one order where one thing is named, or two things without counts of their own', () => {
    expect(order('今晚国贸店的小小厨神，两张')).toHaveLength(1);
    expect(order('小小厨神和雪落无声哪个好看？买两张好看的')).toHaveLength(1);
    // a snack with the tickets is an item of the same order
    expect(order('周一上午小小厨神买两张，再加一个双人套餐')).toHaveLength(1);
  });
});

describe('two orders of one sentence, each with what it leaves unsaid', () => {
  const shows = testCatalog([
    { appId: 'theatre', appName: '大剧院', api: 'searchShows', description: '查询演出场次。', readOnly: true },
    { appId: 'theatre', appName: '大剧院', api: 'createOrder', description: '为一个场次生成门票订单。' },
  ], { theatre: ['天鹅湖芭蕾', '胡桃夹子', '东厅', '西厅'] });
  const visits = testCatalog([
    { appId: 'care', appName: '家政', api: 'listSlots', description: '查询上门时段。', readOnly: true },
    { appId: 'care', appName: '家政', api: 'createVisit', description: '预约上门服务，生成待支付订单。' },
  ], { care: ['日常打扫（3小时）', '洗衣机清洗（滚筒）', '家'] });
  const split = (catalog: typeof shows, api: string, text: string) => splitActs(newGoal(text, catalog.tool(api)!), catalog).map((g) => g.text);

  it('gives a later order that says only a time the day said first', () => {
    expect(split(shows, 'theatre.createOrder', '后天下午东厅的天鹅湖芭蕾买两张，晚上八点那场胡桃夹子我自己来一张'))
      .toEqual(['后天下午东厅的天鹅湖芭蕾买两张', '后天 晚上八点那场胡桃夹子我自己来一张']);
  });

  it('splits a later thing on another day without a count, its when said in the clause before it', () => {
    expect(split(visits, 'care.createVisit', '明天上午家里做个3小时打扫，周三下午两点再派人去公司洗洗衣机'))
      .toEqual(['明天上午家里做个3小时打扫', '周三下午两点再派人去公司洗洗衣机']);
  });

  it('counts a thing by the people said with it, and splits a later thing at another time of the same day', () => {
    expect(split(shows, 'theatre.createOrder', '周六西厅，下午两点带孩子看胡桃夹子，一大一小；晚上七点半我自己再看场天鹅湖芭蕾'))
      .toEqual(['周六西厅，下午两点带孩子看胡桃夹子，一大一小', '周六 晚上七点半我自己再看场天鹅湖芭蕾']);
  });

  it('gives details said after the last thing to every order', () => {
    expect(split(shows, 'theatre.createOrder', '周五的天鹅湖芭蕾一张，周六的胡桃夹子一张，都要前排'))
      .toEqual(['周五的天鹅湖芭蕾一张，都要前排', '周六的胡桃夹子一张，都要前排']);
  });
});

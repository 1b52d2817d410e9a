import { describe, expect, it } from 'vitest';
import { partySize, peopleSaid } from './party-size.ts';

describe('how many people a request counts without a number of people', () => {
  it('adds up adults and children (「两大一小」)', () => {
    expect(partySize('给我订后天上午十点那场，两大一小')).toBe(3);
    expect(partySize('两个大人一个小孩')).toBe(3);
  });

  it('counts the speaker and the people with them', () => {
    expect(partySize('我跟朋友俩人，帮我约上')).toBe(2);
    expect(partySize('给我和老婆订')).toBe(2);
    expect(partySize('我想和女朋友今晚去看，帮我订票')).toBe(2);
    expect(partySize('Panda Courier this Saturday morning for me and my kid')).toBe(2);
  });

  it('reads a household or a group counted as a whole (「一家三口」, "a family of four", "the two of us")', () => {
    expect(partySize('我们一家三口，要含早')).toBe(3);
    expect(partySize('全家四口去青屿，坐早班船')).toBe(4);
    expect(partySize('一家人三个，要含早')).toBe(3);
    expect(partySize('我们一家子四口人，坐早班船')).toBe(4);
    expect(peopleSaid('我和另外两个朋友，明早的船')).toBe(3);
    expect(partySize("We're a family of four staying one night")).toBe(4);
    expect(partySize('a table for the two of us')).toBe(2);
    expect(partySize('3 of us are coming')).toBe(3);
  });

  it('adds up adults and children said in English, and counts "my wife and I" as two', () => {
    expect(partySize('two adults and a kid for the 7pm show')).toBe(3);
    expect(partySize('1 adult + 2 children')).toBe(3);
    expect(partySize('my wife and I want to see it tonight')).toBe(2);
  });

  it('reads the speaker\'s group counted (「我们仨」「咱们四个人」), not a count of days or rooms', () => {
    expect(partySize('周六晚上的，我们仨')).toBe(3);
    expect(partySize('咱们四个人去，明天')).toBe(4);
    expect(partySize('我们三天后到')).toBeUndefined();
    expect(partySize('我们两间房')).toBeUndefined();
  });

  it('counts the speaker left unsaid before 和 and their own people after it (「想和我老婆看…」)', () => {
    expect(partySize('周六晚上，想和我老婆看那部喜剧')).toBe(2);
    expect(partySize('想跟我爸妈一起去')).toBe(3);
  });

  it('says nothing where no one is counted', () => {
    expect(partySize('帮我约明天上午的瑜伽')).toBeUndefined();
    expect(partySize('做3小时保洁')).toBeUndefined();
    expect(partySize('one of us will pick it up')).toBeUndefined();
  });
});

describe('the speaker alone', () => {
  it('counts one for 「那就我自己去吧」 and "just me"', () => {
    expect(partySize('那就我自己去吧')).toBe(1);
    expect(partySize('那就先给我自己约上吧')).toBe(1);
    expect(partySize('只订我一个')).toBe(1);
    expect(partySize('我自己过去取')).toBeUndefined();
    expect(partySize('just me then')).toBe(1);
    expect(partySize('晚上我自己再看场话剧')).toBe(1);
    expect(partySize('渡口那家海景房，一间住一晚，我自己住')).toBe(1);
    expect(partySize("a cabin for Friday, I'm staying on my own")).toBe(1);
    expect(partySize('otherwise just one for me')).toBe(1);
    expect(partySize('我自己去拿吧，两盒')).toBeUndefined();
    expect(partySize('cancel that and rebook it just for me')).toBe(1);
    expect(partySize('重新约一个，只给我一个人约')).toBe(1);
  });

  it('counts the speaker and the family brought along (「带爸妈去」 is three, 「带着老婆」 two, 「带孩子」 no number)', () => {
    expect(partySize('后天晚上带爸妈去看那部话剧')).toBe(3);
    expect(partySize('周六带着老婆去游泳')).toBe(2);
    expect(partySize('周六下午带孩子去游泳')).toBeUndefined();
    // (two children said as a pair, 「俩娃」「两个小孩」: two of them)
    expect(partySize('周六下午带俩娃去游泳')).toBe(3);
    expect(partySize('周六下午带两个小孩去游泳')).toBe(3);
    expect(partySize('周六带份早餐过去')).toBeUndefined();
  });
});

describe('the speaker alone', () => {
  it('is one, said anywhere in the request (「就我自己，不要早饭」)', () => {
    expect(partySize('下周一晚上虹桥商务大床房住一晚，就我自己，不要早饭')).toBe(1);
  });
});

describe('the speaker and others counted', () => {
  it('is one more than the number said of them ("me and two coworkers", 「我和两个同事」)', () => {
    expect(partySize('me and two coworkers want to see a play')).toBe(3);
    expect(partySize('I and 3 friends, Saturday')).toBe(4);
    expect(partySize('我和两个同事周五去')).toBe(3);
    expect(partySize('me and my kid')).toBe(2);
  });
});

describe('several people named together', () => {
  it('counts others counted after "my" ("me and my two kids", "myself and my 3 cousins")', () => {
    expect(partySize('book the late show for me and my two kids')).toBe(3);
    expect(partySize('myself and my 3 cousins on Friday')).toBe(4);
  });
  it('counts each person of an English list with the speaker ("my wife, my son and I")', () => {
    expect(partySize('my wife, my son and I would like a table')).toBe(3);
    expect(partySize('my aunt and me')).toBe(2);
  });
  it('counts each kin word said run together in Chinese (「我和老婆孩子」, 「带老公和爸妈」)', () => {
    expect(partySize('我和老婆孩子周六去')).toBe(3);
    expect(partySize('周六我跟女儿女婿一起去')).toBe(3);
    expect(partySize('带老公和爸妈去吃饭')).toBe(4);
    expect(partySize('我和朋友周五去')).toBe(2);
    expect(partySize('我和孩子他妈周五去')).toBe(2);
  });
});

describe('a group counted after what it is (「我们宿舍四个」, 「我们组三个人」)', () => {
  it('is that many; a count of things after the group is not people', () => {
    expect(partySize('我们宿舍四个，周六晚上那场陶艺课')).toBe(4);
    expect(partySize('我们组三个人')).toBe(3);
    expect(partySize('我们家两盒就够')).toBeUndefined();
  });
});

describe('a pair word in English', () => {
  it('counts "my parents" and "my grandparents" as two', () => {
    expect(partySize('me and my parents want to catch the ferry show')).toBe(3);
    expect(partySize('me and my grandparents and my kid')).toBe(4);
  });
});

describe('people counted in so many words', () => {
  it('reads 「四个人」, 「3位」, "3 people", "for six", "a party of four"', () => {
    expect(peopleSaid('东港那家，四个人')).toBe(4);
    expect(peopleSaid('3位')).toBe(3);
    expect(peopleSaid('pottery class tomorrow, 3 people')).toBe(3);
    expect(peopleSaid('dinner at 7, for six')).toBe(6);
    expect(peopleSaid('a party of four on Saturday')).toBe(4);
  });

  it('reads so many people of a kind (「五个同事一起去团建」「三位客人」), not those listed with the speaker', () => {
    expect(peopleSaid('订两间房，五个同事一起去团建')).toBe(5);
    expect(peopleSaid('三位客人下午到')).toBe(3);
    expect(peopleSaid('我和两个同事周五去')).toBe(3);
  });

  it('is no rate, no room kind, and falls back to the people a request counts otherwise', () => {
    expect(peopleSaid('50元一位')).toBeUndefined();
    expect(peopleSaid('三人间多少钱')).toBeUndefined();
    expect(peopleSaid('两大一小')).toBe(3);
  });

  it('counts both kinds where adults and children are each counted, in either order', () => {
    expect(peopleSaid('两个大人一个小孩')).toBe(3);
    expect(peopleSaid('下午那班船，大人两个小孩一个')).toBe(3);
    expect(peopleSaid('成人2位、儿童1位')).toBe(3);
    expect(peopleSaid('three adults and a kid on the ferry')).toBe(4);
    expect(peopleSaid('两个大人')).toBe(2);
  });
});

describe('a child brought along by name of kin (「带我女儿去」)', () => {
  it('counts the speaker and the child; 「带孩子」 still says no number', () => {
    expect(partySize('周六带我女儿去看木偶剧')).toBe(2);
    expect(partySize('带儿子去')).toBe(2);
    expect(partySize('带孩子去')).toBeUndefined();
  });

  it('reads 「俩」「仨」 said alone as a part', () => {
    expect(peopleSaid('俩')).toBe(2);
    expect(peopleSaid('仨人')).toBe(3);
  });
});

describe('others joining a group just counted', () => {
  it('adds those said to come along after the count (「…再加上我岳父母」, "plus my parents")', () => {
    expect(partySize('坐渡轮去青屿，我们一家四口，再加上我岳父母')).toBe(6);
    expect(peopleSaid('我们一家三口加两个朋友去做陶艺')).toBe(5);
    expect(peopleSaid('我们四个人再加上俩孩子')).toBe(6);
    expect(partySize('a family of three plus my parents on the ferry')).toBe(5);
  });

  it('adds no things ordered beside the people', () => {
    expect(peopleSaid('我们三个人加两杯茉莉花茶')).toBe(3);
    expect(peopleSaid('我们一家三口，还要两份点心')).toBe(3);
  });
});

describe('people a booking is made for, the speaker not among them', () => {
  it('counts the family named after 「给我」「帮我」 and the act', () => {
    expect(partySize('替我岳父母订两张去青屿的船票')).toBe(2);
    expect(partySize('帮我老婆订一张明天去青屿的船票')).toBe(1);
    expect(partySize('俩老人要早餐')).toBe(2);
  });
});

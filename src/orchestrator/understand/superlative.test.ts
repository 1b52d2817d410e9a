import { describe, expect, it } from 'vitest';
import type { Entity } from './match-entities.ts';
import { pickPlain, pickSuperlative } from './superlative.ts';

const shows = [
  { id: 'a', names: ['Film'], fields: { time: '14:30', price: '85' } },
  { id: 'b', names: ['Film'], fields: { time: '21:40', price: '85' } },
  { id: 'c', names: ['Film'], fields: { time: '11:00', price: '60' } },
];

describe('a superlative picks one of several', () => {
  it('takes the latest, the earliest and the cheapest, in Chinese and English', () => {
    expect(pickSuperlative(shows, '今晚最晚那场')?.id).toBe('b');
    expect(pickSuperlative(shows, 'the earliest one please')?.id).toBe('c');
    expect(pickSuperlative(shows, '最便宜的那个')?.id).toBe('c');
    expect(pickSuperlative(shows, "what's the cheapest")?.id).toBe('c');
  });

  it('takes the latest where leaving as late as can be is asked (「尽量晚点出发」, "as late as possible")', () => {
    expect(pickSuperlative(shows, '在这个前提下尽量晚点出发')?.id).toBe('b');
    expect(pickSuperlative(shows, 'leaving as late as possible')?.id).toBe('b');
  });

  it('takes the place that closes latest or opens earliest, by its hours (「哪家关门最晚」, "which one opens earliest")', () => {
    const piers = [
      { id: 'east', names: ['东港店'], fields: { open: '07:00', close: '21:00' } },
      { id: 'west', names: ['西港店'], fields: { open: '06:30', close: '22:30' } },
      { id: 'isle', names: ['青屿店'], fields: { open: '08:00', close: '20:00' } },
    ];
    expect(pickSuperlative(piers, '哪家关门最晚')?.id).toBe('west');
    expect(pickSuperlative(piers, 'which one opens earliest?')?.id).toBe('west');
    expect(pickSuperlative(piers, '哪家最早关门')?.id).toBe('isle');
    const counters = [{ id: 'a', names: ['茶语'], fields: { hours: '09:00-21:00' } }, { id: 'b', names: ['百草堂'], fields: { hours: '24小时' } }];
    expect(pickSuperlative(counters, 'which stays open latest')?.id).toBe('b');
  });

  it('takes the soonest still to come for "the next one" and 「下一节」, not for a next week or day', () => {
    expect(pickSuperlative(shows, "book me into her next pottery class")?.id).toBe('c');
    expect(pickSuperlative(shows, '下一场是几点')?.id).toBe('c');
    expect(pickSuperlative(shows, 'something next week')).toBeUndefined();
    expect(pickSuperlative(shows, 'the next Saturday class')).toBeUndefined();
  });

  it('takes the cheaper where the question puts a word between (「哪家票便宜？便宜那家…」), by a price of a kind', () => {
    const two = [{ id: 'east', names: ['东港'], fields: { 'prices.standard': '50' } }, { id: 'west', names: ['西港'], fields: { 'prices.standard': '42' } }];
    expect(pickSuperlative(two, '东港跟西港哪家票便宜？便宜那家给我来两张')?.id).toBe('west');
    expect(pickSuperlative(two, '便宜那家就行')?.id).toBe('west');
    expect(pickSuperlative(two, '东港那家')).toBeUndefined();
  });

  it('takes the best rated and the shortest or longest by a rating or a length field', () => {
    const plays = [
      { id: 'opera', names: ['Opera'], fields: { rating: '8.1', durationMin: '150', price: '180' } },
      { id: 'puppets', names: ['Puppets'], fields: { rating: '9.2', durationMin: '70', price: '60' } },
      { id: 'mime', names: ['Mime'], fields: { rating: '7.4', durationMin: '95', price: '90' } },
    ];
    expect(pickSuperlative(plays, '评分最高的那出戏今晚几点开演')?.id).toBe('puppets');
    expect(pickSuperlative(plays, 'the top-rated one, two seats')?.id).toBe('puppets');
    expect(pickSuperlative(plays, '口碑最差的是哪个')?.id).toBe('mime');
    expect(pickSuperlative(plays, '时间最短的那个')?.id).toBe('puppets');
    expect(pickSuperlative(plays, "what's the longest show")?.id).toBe('opera');
    expect(pickSuperlative(shows, '评分最高的')).toBeUndefined();
    // a trip that says when it leaves and arrives: its length is the time between
    const sailings = [
      { id: 's1', names: ['S1'], fields: { departTime: '09:00', arriveTime: '12:40' } },
      { id: 's2', names: ['S2'], fields: { departTime: '10:00', arriveTime: '13:10' } },
      { id: 's3', names: ['S3'], fields: { departTime: '22:30', arriveTime: '02:50' } },
    ];
    expect(pickSuperlative(sailings, 'which sailing is the quickest?')?.id).toBe('s2');
    expect(pickSuperlative(sailings, '哪班最快')?.id).toBe('s2');
  });

  it('reads a fare written with its currency, under a name that says fare', () => {
    const boats = [
      { id: 'deck', names: ['Deck'], fields: { code: 'deck', fareText: '¥38.50' } },
      { id: 'cabin', names: ['Cabin'], fields: { code: 'cabin', fareText: '¥120' } },
      { id: 'suite', names: ['Suite'], fields: { code: 'suite', fareText: '260元' } },
    ];
    expect(pickSuperlative(boats, 'just the cheapest one please')?.id).toBe('deck');
    expect(pickSuperlative(boats, '要最贵的那个')?.id).toBe('suite');
    expect(pickSuperlative([{ id: 'x', names: ['X'], fields: { fareText: '约¥20起' } }, { id: 'y', names: ['Y'], fields: { fareText: '面议' } }], 'the cheapest')).toBeUndefined();
  });

  it('takes the cheaper of those left where the request asks which is cheaper and books that', () => {
    expect(pickSuperlative(shows, '东港和西港哪家便宜就订哪家')?.id).toBe('c');
    expect(pickSuperlative(shows, '东港西港应该都有吧？哪边便宜就在哪边买')?.id).toBe('c');
    expect(pickSuperlative(shows, 'book whichever is cheaper')?.id).toBe('c');
    expect(pickSuperlative(shows, 'which of your two piers is cheaper? book 2 at the cheaper one')?.id).toBe('c');
  });

  it('picks nothing when nothing is said, or two share the extreme', () => {
    expect(pickSuperlative(shows, '今晚那场')).toBeUndefined();
    expect(pickSuperlative(shows, '最贵的')).toBeUndefined();
  });
});

describe('a comparison picks one of the things named', () => {
  const named = [
    { id: 'p01', names: ['芬必得'], fields: { price: '28.5', time: '10:00' } },
    { id: 'p02', names: ['泰诺林'], fields: { price: '19.8', time: '09:00' } },
  ];

  it('takes the cheaper, the pricier, the earlier or the later of them, in Chinese and English', () => {
    expect(pickSuperlative(named, '芬必得和泰诺林哪个便宜？买便宜的那个', { compared: true })?.id).toBe('p02');
    expect(pickSuperlative(named, 'Get me the cheaper one', { compared: true })?.id).toBe('p02');
    expect(pickSuperlative(named, '要贵的那个', { compared: true })?.id).toBe('p01');
    expect(pickSuperlative(named, 'the later one', { compared: true })?.id).toBe('p01');
  });

  it('leaves a comparison alone where the things are not the ones named, and names nothing without one', () => {
    expect(pickSuperlative(named, '买便宜的那个')).toBeUndefined();
    expect(pickSuperlative(named, '芬必得和泰诺林各一盒', { compared: true })).toBeUndefined();
  });
});

describe('the plain one of several named alike', () => {
  const rooms = [
    { id: 'k1', names: ['舒适双人房', 'Comfort Double'], fields: { price: '399' } },
    { id: 'k2', names: ['海景双人房', 'Sea View Double'], fields: { price: '699' } },
  ];

  it('takes the cheapest of those named, in Chinese and English', () => {
    expect(pickPlain(rooms, '普通双人房就行')?.id).toBe('k1');
    expect(pickPlain(rooms, 'just a regular double')?.id).toBe('k1');
  });

  it('takes the one lowest in every number they carry where none is called a price', () => {
    const rates = [
      { id: 'a', names: ['湖景套房'], fields: { weekday: '799', weekend: '1099', guests: '2' } },
      { id: 'b', names: ['舒适套房'], fields: { weekday: '499', weekend: '699', guests: '2' } },
    ];
    expect(pickPlain(rates, '普通套房')?.id).toBe('b');
    expect(pickPlain([rates[0]!, { ...rates[1]!, fields: { weekday: '499', weekend: '1199', guests: '2' } }], '普通套房')).toBeUndefined();
  });

  it('takes none where nothing says plain, or a name itself says it', () => {
    expect(pickPlain(rooms, '双人房')).toBeUndefined();
    expect(pickPlain([{ id: 's', names: ['标准间'], fields: { price: '1' } }, { id: 'd', names: ['豪华间'], fields: { price: '2' } }], '标准间')).toBeUndefined();
  });
});

describe('a cheap one and a rank', () => {
  const staff: Entity[] = [
    { id: 's1', names: ['Ann'], fields: { title: 'senior stylist', fee: '120' } },
    { id: 's2', names: ['Bo'], fields: { title: 'assistant stylist', fee: '40' } },
    { id: 's3', names: ['Cy'], fields: { titleName: '副主任技师', fee: '80' } },
  ];

  it('reads 「便宜点的」 and "a cheaper one", said of all, as the cheapest', () => {
    expect(pickSuperlative(staff, '谁都行，便宜点的就好')?.id).toBe('s2');
    expect(pickSuperlative(staff, 'any of them, a cheaper one is fine')?.id).toBe('s2');
  });

  it('takes the highest or lowest rank the title fields say', () => {
    expect(pickSuperlative(staff, 'the most senior one you have')?.id).toBe('s1');
    expect(pickSuperlative(staff, '要级别最低的')?.id).toBe('s2');
  });

  it('picks no rank where the titles say none or two share it', () => {
    const plain = [{ id: 'a', names: ['A'], fields: { title: 'stylist' } }, { id: 'b', names: ['B'], fields: { title: 'stylist' } }];
    expect(pickSuperlative(plain, 'the most senior one')).toBeUndefined();
  });
});

describe('an ordinal counted by time', () => {
  const sailings = ['08:10', '10:30', '13:00', '17:20', '19:45'].map((t, i) => ({ id: `s${i}`, names: [`s${i}`], fields: { time: t } }));
  it('counts from the last (「倒数第二班」, "the second to last") or from the first (「第二班」, "the second sailing")', () => {
    expect(pickSuperlative(sailings, '今晚倒数第二班船')?.id).toBe('s3');
    expect(pickSuperlative(sailings, 'the second to last sailing today')?.id).toBe('s3');
    expect(pickSuperlative(sailings, 'the last but one, please')?.id).toBe('s3');
    expect(pickSuperlative(sailings, '明天第二班')?.id).toBe('s1');
    expect(pickSuperlative(sailings, 'the third sailing')?.id).toBe('s2');
    // (over several days, by day first: the next is Saturday's afternoon one, not Monday's early one)
    const classes = [['a', '2026-11-21', '15:30'], ['b', '2026-11-22', '15:30'], ['c', '2026-11-23', '07:30']].map(([id, date, start]) => ({ id: id!, names: [id!], fields: { date: date!, start: start! } }));
    expect(pickSuperlative(classes, 'when does the next one sail? book it')?.id).toBe('a');
    // (with the name of what sails between: "the second Bay Nights sailing")
    expect(pickSuperlative(sailings, 'two seats on the second Bay Nights sailing on sunday')?.id).toBe('s1');
    expect(pickSuperlative(sailings, '最后一班')?.id).toBe('s4');
  });
});

describe('whichever owes more', () => {
  const owed = [
    { id: 'a1', names: ['停车费'], fields: { due: '120' } },
    { id: 'a2', names: ['物业费'], fields: { due: '300.5' } },
    { id: 'a3', names: ['暖气费'], fields: { due: '0' } },
  ];

  it('is the one with the most due (「哪个欠得多就交哪个」, "the biggest bill")', () => {
    expect(pickSuperlative(owed, '哪个欠得最多就先把哪个交了')?.id).toBe('a2');
    expect(pickSuperlative(owed.slice(0, 2), '哪个欠得多就交哪个', { compared: true })?.id).toBe('a2');
    expect(pickSuperlative(owed, 'pay the biggest bill first')?.id).toBe('a2');
    // (「还要交多少」 asks an amount, and picks none)
    expect(pickSuperlative(owed, '这几个还要交多少钱')).toBeUndefined();
  });
});

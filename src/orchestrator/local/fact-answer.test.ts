import { describe, expect, it } from 'vitest';
import { factAnswer as answerAt } from './fact-answer.ts';

/** The hub's clock, a Friday: 明天 is 2026-11-21. */
const ref = { now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' };
const factAnswer = (texts: string[], structured: unknown) => answerAt(texts, structured, ref);

const lessons = {
  schools: [{ schoolId: 's1', name: '湖边校区', address: '湖边路 2 号', open: '07:00', close: '20:00', phone: '0571-5550101' }, { schoolId: 's2', name: '山脚校区', address: '山脚路 9 号', open: '08:00', close: '21:00', phone: '0571-5550102' }],
  kinds: [{ kind: 'clay', name: '陶艺', nameEn: 'Pottery', minutes: 90, price: 120 }, { kind: 'ink', name: '水墨', nameEn: 'Ink painting', minutes: 60, price: 80 }],
};

const sessions = {
  sessions: [
    { sessionId: 'x-1', courseName: '陶艺入门', date: '2026-11-21', time: '10:00', endTime: '11:30' },
    { sessionId: 'x-2', courseName: '陶艺入门', date: '2026-11-21', time: '14:30', endTime: '16:00' },
  ],
};

describe('a question for a fact gets the fact', () => {
  it('answers the attributes asked of the one thing named, from the structured data', () => {
    expect(factAnswer(['how long is a pottery class and what does one cost?'], lessons)?.text).toBe('Pottery: 90 minutes, ¥120.');
    expect(factAnswer(['陶艺课多少钱一节'], lessons)?.text).toBe('陶艺：价格 ¥120。');
  });

  it('says whole hours as hours, not as minutes', () => {
    expect(factAnswer(['how long does an ink painting class take?'], lessons)?.text).toBe('Ink painting: 1 hour.');
    expect(factAnswer(['水墨课上多久'], lessons)?.text).toBe('水墨：时长 1 小时。');
  });

  it('reads hours and an address a list text may leave out', () => {
    expect(factAnswer(['湖边校区周末几点开门啊'], lessons)?.text).toBe('湖边校区：营业时间 07:00–20:00。');
    expect(factAnswer(['山脚那家具体在哪个位置'], lessons)?.text).toBe('山脚校区：地址 山脚路 9 号。');
  });

  it('gives a phone number asked for beside the address (「在哪？顺便把电话给我」)', () => {
    expect(factAnswer(['山脚那家在哪？顺便把电话给我'], lessons)?.text).toBe('山脚校区：地址 山脚路 9 号，电话 0571-5550102。');
    expect(factAnswer(['湖边校区电话多少'], lessons)?.text).toContain('0571-5550101');
  });

  it('finds the one of several by the time said, and reads its end', () => {
    expect(factAnswer(['陶艺入门下午两点半那场上完大概几点'], sessions)?.text).toContain('16:00');
    expect(factAnswer(['陶艺入门下午两点半那场上完大概几点'], sessions)?.text).not.toContain('11:30');
  });

  it('reads the end of those in a span of time said, where none is named ("anything after 2pm?")', () => {
    const answer = factAnswer(['Is anything on after 2pm tomorrow? What time would I get out?'], sessions)?.text;
    expect(answer).toContain('16:00');
    expect(answer).not.toContain('11:30');
    expect(factAnswer(['明天下午两点以后还有课吗？上完几点'], sessions)?.text).toContain('16:00');
  });

  it('answers what is asked of the quickest in the part of the day said', () => {
    const sailings = { sailings: [
      { id: 'f1', code: 'F1', departTime: '09:00', arriveTime: '11:00', seats: [{ name: 'Deck', price: 40 }] },
      { id: 'f2', code: 'F2', departTime: '14:00', arriveTime: '16:30', seats: [{ name: 'Deck', price: 45 }] },
      { id: 'f3', code: 'F3', departTime: '15:00', arriveTime: '17:10', seats: [{ name: 'Deck', price: 52 }] },
    ] };
    expect(factAnswer(['Which sailing is the quickest tomorrow afternoon, and how much is a deck seat on it?'], sailings)?.text).toContain('¥52');
  });

  it('computes an end from a start and a length where no end is given', () => {
    const classes = { classes: [{ classId: 'c1', name: 'Morning flow', start: '07:15', durationMinutes: 50 }] };
    expect(factAnswer(['What time does morning flow end?'], classes)?.text).toContain('Morning flow（07:15）: ends at 08:05');
  });

  it('answers what an account holds by its balance', () => {
    const card = { number: '8801', nameEn: 'Campus card', balance: 86.5, monthlyLimit: 500 };
    expect(factAnswer(['how much is on my campus card?'], card)?.text).toBe('Campus card: balance ¥86.50.');
  });

  it('answers the price of a part of the one a superlative picks, with its time', () => {
    const cabins = (deck: number) => [{ cabinClass: 'deck', name: '散席', nameEn: 'Deck', price: deck, left: 9 }, { cabinClass: 'berth', name: '卧铺', nameEn: 'Berth', price: deck * 2, left: 2 }];
    const sailings = { sailings: ['07:40', '09:10', '12:00', '15:30', '18:00', '20:20'].map((time, i) => ({ id: `s${i}`, name: `F${i + 1}`, nameEn: `F${i + 1}`, departTime: time, arriveTime: '23:00', cabins: cabins(60 + i) })) };
    expect(factAnswer(['明天最早一班船几点？卧铺多少钱？'], sailings)?.text).toBe('F1（07:40） 卧铺：价格 ¥120。');
    expect(factAnswer(['what time does the last one leave, and how much is a berth?'], sailings)?.text).toBe('F6（20:20） Berth: ¥130.');
    // "what's the first one" asks which one the superlative picks: it is said by name with the price
    expect(factAnswer(["What's the first sailing and what does a berth cost on it?"], sailings)?.text).toBe('F1（07:40） Berth: ¥120.');
  });

  it('answers a quote by its total', () => {
    expect(factAnswer(['How much for 3 jars delivered?'], { lines: [{ ref: 'j1', name: '蜂蜜', qty: 3, unitPrice: 30 }], deliveryFee: 5, total: 95 })?.text).toBe('total ¥95.');
  });

  it('says nothing where nothing is asked, or no one thing is named', () => {
    expect(factAnswer(['帮我订陶艺课'], lessons)).toBeUndefined();
    expect(factAnswer(['都多少钱'], lessons)).toBeUndefined();
    // 「…几点开门，有没有停车位？」 asks more than a fact: the list is heard
    expect(factAnswer(['湖边校区几点开门，有没有停车位？'], lessons)).toBeUndefined();
  });

  it("reads the day said by the hub's clock, not the machine's", () => {
    const days = {
      sessions: [
        { sessionId: 'y-1', courseName: '陶艺入门', date: '2026-11-21', time: '14:30', endTime: '16:00' },
        { sessionId: 'y-2', courseName: '陶艺入门', date: '2026-11-22', time: '14:30', endTime: '17:00' },
      ],
    };
    expect(factAnswer(['明天下午两点半那场几点结束'], days)?.text).toContain('16:00');
    expect(factAnswer(['明天下午两点半那场几点结束'], days)?.text).not.toContain('17:00');
    expect(factAnswer(['后天下午两点半那场几点结束'], days)?.text).toContain('17:00');
    expect(factAnswer(['后天下午两点半那场几点结束'], days)?.text).not.toContain('16:00');
  });
});

describe('what a thing is for', () => {
  // an invented herb counter's goods, listed in Chinese only
  const goods = { goods: [
    { goodsId: 'h1', name: '菊花茶', price: 18, use: '清热明目，用于上火、眼睛干涩' },
    { goodsId: 'h2', name: '陈皮', price: 25, use: '理气健脾' },
    { goodsId: 'h3', name: '枸杞', price: 30, use: '滋补' },
  ] };

  it('is read from the field that says it, with what else is asked', () => {
    expect(factAnswer(['菊花茶治什么的，多少钱'], goods)?.text).toBe('菊花茶：价格 ¥18，用于 清热明目，用于上火、眼睛干涩。');
    expect(factAnswer(["What's chenpi for?"], goods)?.text).toBe('陈皮: for 理气健脾.');
  });

  it('answers the questions after a name, and after "do you have" it, of that thing', () => {
    expect(factAnswer(["Juhua cha? What is it good for, and the price?"], goods)?.values).toEqual(['18', '清热明目，用于上火、眼睛干涩']);
    expect(factAnswer(["Does the harbour shop carry chenpi? What is it used for, and its price?"], goods)?.values).toEqual(['25', '理气健脾']);
  });
});

import { describe, expect, it } from 'vitest';
import { enumOptions, isCountLike, readDateTime, readEnum, readNumber, readPattern, readRoute } from './fill-value.ts';

const ctx = (text: string, more: Record<string, unknown> = {}) => ({ texts: [text], now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai', userCity: undefined, ...more });

describe('a time of a list of times, left to the assistant', () => {
  it('is the first of the part of the day said where the choice is left open (「上午哪个点还能约就约哪个」)', () => {
    const at = { type: 'string', enum: ['08:00', '10:00', '13:00', '15:00'] };
    expect(readEnum(at, ctx('明天上午来，上午哪个点还能约就约哪个'))).toBe('08:00');
    expect(readEnum(at, ctx('明天上午来'))).toBeUndefined();
  });

  it('is the earliest or the latest there is where that is asked, in the part of the day said, of those still to come today', () => {
    const at = { type: 'string', enum: ['08:00', '10:00', '13:00', '15:00', '18:00'] };
    // (the hub's clock says 10:00 on 2026-11-20)
    expect(readEnum(at, ctx('今天能来人收拾一下吗？越早越好'))).toBe('13:00');
    expect(readEnum(at, ctx('明天来吧，越早越好'))).toBe('08:00');
    expect(readEnum(at, ctx('我下午才在家，开始得越晚越好'))).toBe('15:00');
    expect(readEnum(at, ctx('tomorrow, as late as possible'))).toBe('18:00');
  });

  it('is the one option at the hour a short answer says alone', () => {
    const at = { type: 'string', enum: ['08:00', '10:00', '13:00', '15:00', '18:00'] };
    expect(readEnum(at, ctx('8 is fine.'))).toBe('08:00');
    expect(readEnum(at, ctx('3 works'))).toBe('15:00');
    expect(readEnum(at, ctx('10点吧'))).toBe('10:00');
    // (a number that is no hour of the list, or says more than an hour, is not read as one)
    expect(readEnum(at, ctx('9 is fine.'))).toBeUndefined();
    expect(readEnum(at, ctx('2 people'))).toBeUndefined();
    // (a bare number may answer how many: it takes a word that makes it an hour)
    expect(readEnum(at, ctx('3'))).toBeUndefined();
    expect(readEnum(at, ctx('at 3'))).toBe('15:00');
  });
});

describe('an option said in everyday words', () => {
  it('is read in the words skills give it (「练练拳」 → 拳击)', () => {
    const kind = { type: 'string', enum: ['stretch', 'boxing'], description: '课程类型：stretch=拉伸/stretching, boxing=拳击/boxing' };
    expect(readEnum(kind, ctx('今晚下班想去码头那家练练拳出出汗'))).toBe('boxing');
    expect(readEnum(kind, ctx('今晚下班想去码头那家出出汗'))).toBeUndefined();
  });
});

describe('a weight said in 斤', () => {
  it('is half as many kilograms where the parameter is in kilograms', () => {
    const weight = { type: 'number', description: '包裹重量（公斤）' };
    expect(readNumber(weight, 'weightKg', ctx('从云溪寄个两斤半的东西到青屿'), { countLike: false })).toBe(1.25);
    expect(readNumber(weight, 'weightKg', ctx('从云溪寄个3公斤的箱子到青屿'), { countLike: false })).toBe(3);
    expect(readNumber({ type: 'number', description: '重量（斤）' }, 'weight', ctx('称两斤苹果'), { countLike: false })).toBe(2);
  });
});

describe('two options said as a choice between them', () => {
  it('leave the option open, for the things listed to be compared ("stretch or boxing, whichever is cheaper")', () => {
    const kind = { type: 'string', enum: ['stretch', 'boxing'], description: '课程类型：stretch=拉伸/stretching, boxing=拳击/boxing' };
    expect(readEnum(kind, ctx('stretching or boxing, whichever costs less, book that'))).toBeUndefined();
    expect(readEnum(kind, ctx('拉伸和拳击哪个便宜？约便宜那个'))).toBeUndefined();
    expect(readEnum(kind, ctx('约一节拳击，拉伸就算了'))).toBe('boxing');
  });
});

describe('values read from a request', () => {
  it('takes the words a description says map to a choice (「用户说“中间”用 premium」)', () => {
    const seat = { type: 'string', enum: ['standard', 'premium'], description: '座位类型：standard=普通座，premium=黄金座。用户说“中间/好一点的位置/黄金座”用 premium；没提时用 standard。' };
    expect(readEnum(seat, ctx('要两张中间位置的'))).toBe('premium');
    expect(enumOptions(seat)?.find((o) => o.code === 'premium')?.glosses).toEqual(['黄金座', '中间', '好一点的位置']);
  });

  it('reads the count the act says after a question, never a price bound', () => {
    const tickets = { type: 'integer', description: '票数（人数），1～6' };
    expect(readNumber(tickets, 'qty', ctx("How much is a deck seat on the night ferry? If it's under 70, get me two"), { countLike: true })).toBe(2);
    expect(readNumber(tickets, 'qty', ctx('夜航的上层座一张多少钱？不到一百块就买三张'), { countLike: true })).toBe(3);
    // (the one a price is said of is a unit: 「一张要是不超过…」)
    expect(readNumber(tickets, 'qty', ctx('夜航的上层座一张要是不超过90块就买三张'), { countLike: true })).toBe(3);
  });

  it('reads the people said, not 「一人」 of what each one has (「一人一张，我们仨」)', () => {
    const tickets = { type: 'integer', description: '票数（人数），1～6' };
    expect(readNumber(tickets, 'qty', ctx('明早去青屿的船，观景舱，一人一张，我们仨'), { countLike: true })).toBe(3);
    expect(readNumber(tickets, 'qty', ctx('明早去青屿的船，我们仨一人一张'), { countLike: true })).toBe(3);
    expect(readNumber(tickets, 'qty', ctx('明早去青屿的船，一个人'), { countLike: true })).toBe(1);
  });

  it('does not count tickets as portions (「两张…再加个套餐」)', () => {
    const portions = { type: 'integer', description: '份数，默认 1。' };
    expect(readNumber(portions, 'qty', ctx('要两张中间位置的'), { countLike: true })).toBeUndefined();
    expect(readNumber(portions, 'qty', ctx('再来三份单人套餐'), { countLike: true })).toBe(3);
    expect(readNumber(portions, 'qty', ctx('两碗米饭'), { countLike: true })).toBe(2);
    // the numbers of an address count nothing
    expect(readNumber(portions, 'qty', ctx('a pier map to my place at 海港区东堤路18号 望海大厦3座1702'), { countLike: true })).toBeUndefined();
    expect(readNumber({ type: 'integer', description: '票数（人数），1～6' }, 'qty', ctx('要两张中间位置的'), { countLike: true })).toBe(2);
  });

  it('does not read a person from a thing for two after a measure word (「再来个双人套餐」)', () => {
    const tickets = { type: 'integer', description: '票数（人数），1～6' };
    expect(readNumber(tickets, 'qty', ctx('普通座三张，再来个双人套餐'), { countLike: true })).toBe(3);
    expect(readNumber(tickets, 'qty', ctx('订10个人的位子'), { countLike: true })).toBe(10);
  });

  it('counts the people a request lists as tickets (「两大一小」, "me and my kid")', () => {
    const tickets = { type: 'integer', description: '票数（人数），1～6。' };
    expect(readNumber(tickets, 'qty', ctx('合适的话给我订后天上午十点那场，两大一小'), { countLike: true })).toBe(3);
    expect(readNumber(tickets, 'qty', ctx('Panda Courier this Saturday morning for me and my kid'), { countLike: true })).toBe(2);
    expect(readNumber(tickets, 'qty', ctx('Panda Courier at 7pm, two adults and a kid'), { countLike: true })).toBe(3);
  });

  it('counts rooms by 「间」 and people by 「人」 in one request (「订两间双床房，我们四个人」)', () => {
    const text = ctx('国贸店下周三住一晚，订两间豪华双床房，我们四个人，都要早餐');
    expect(readNumber({ type: 'integer', description: '房间数，用户没说时为 1' }, 'rooms', text, { countLike: false })).toBe(2);
    expect(readNumber({ type: 'integer', description: '入住总人数' }, 'guests', text, { countLike: false })).toBe(4);
    expect(readNumber({ type: 'integer', description: 'number of rooms' }, 'rooms', ctx('two rooms for four people'), { countLike: false })).toBe(2);
    expect(readNumber({ type: 'integer', description: '入住总人数' }, 'guests', ctx('the river view room for next Saturday night, one person'), { countLike: false })).toBe(1);
    expect(readNumber({ type: 'integer', description: '房间数' }, 'rooms', ctx('Three twin bed rooms near the station, six of us'), { countLike: false })).toBe(3);
    expect(readNumber({ type: 'integer', default: 1, description: '几个人上课（一人一个名额）' }, 'people', ctx("Two spots in Friday's 7pm boxing class please"), { countLike: false })).toBe(2);
    expect(readNumber({ type: 'integer', description: '入住总人数' }, 'guests', ctx('我们四口人，早饭要的'), { countLike: false })).toBe(4);
  });
});

describe('a value by its pattern', () => {
  const ctx = (text: string) => ({ texts: [text], now: new Date('2026-01-05T02:00:00Z'), timeZone: 'Asia/Shanghai', userCity: undefined });
  const mobile = { type: 'string', pattern: '^1\\d{10}$' } as const;

  it('reads a number written in groups as the whole number', () => {
    expect(readPattern(mobile, ctx('send it to 159 1234 5678 tonight'))).toBe('15912345678');
  });

  it('still reads one written whole', () => {
    expect(readPattern(mobile, ctx('号码15912345678'))).toBe('15912345678');
  });
});

describe('the day of the act', () => {
  const checkIn = { type: 'string' as const, format: 'date', description: '入住日期 YYYY-MM-DD' };

  it('is the day said in the clause that acts, of several days said (2026-11-20 is a Friday)', () => {
    expect(readDateTime(checkIn, 'checkIn', ctx('周一早上要赶头班船，所以周日晚上想在码头附近住一晚'))).toBe('2026-11-22');
    expect(readDateTime(checkIn, 'checkIn', ctx('周日晚上想在码头附近住一晚，周一早上赶船'))).toBe('2026-11-22');
    expect(readDateTime(checkIn, 'checkIn', ctx('下周一去青屿，周日帮我订一间'))).toBe('2026-11-22');
  });

  it('is the first day said where no one clause tells', () => {
    expect(readDateTime(checkIn, 'checkIn', ctx('周六或者周日，订一间'))).toBe('2026-11-21');
    expect(readDateTime(checkIn, 'checkIn', ctx('周日订一间，下周一再订一间'))).toBe('2026-11-22');
    // (「住一晚」 names no day: the day said is the one)
    expect(readDateTime(checkIn, 'checkIn', ctx('青屿客栈12月5号那晚还有海景房吗？有的话住一晚，两个人'))).toBe('2026-12-05');
  });
});

describe('the way said', () => {
  it('takes no words of asking before the way for where it starts', () => {
    expect(readRoute(['明早有没有去青屿的船'])).toEqual({ to: '青屿' });
    expect(readRoute(['下午还有到青屿的船吗'])).toEqual({ to: '青屿' });
    expect(readRoute(['明天云溪有没有去青屿的船'])).toEqual({ from: '云溪', to: '青屿' });
    // (a dash ends the place: what follows asks of the trip)
    expect(readRoute(["tomorrow's 9:10 ferry from Yunxi North to Qingyu East — what's the deck vs the lower cabin?"])).toEqual({ from: 'Yunxi North', to: 'Qingyu East' });
  });

  it('takes who goes along for no place it starts from', () => {
    expect(readRoute(['下周二我和老伴去青屿，坐船'])).toEqual({ to: '青屿' });
    expect(readRoute(['明天跟同事们去云溪'])).toEqual({ to: '云溪' });
    expect(readRoute(['明天云溪去青屿'])).toEqual({ from: '云溪', to: '青屿' });
  });

  it('reads where it leaves from in 「从X发」「从X寄」, apart from where it goes', () => {
    expect(readRoute(['送一箱橘子去厦门，从福州发，收件人小王'])).toEqual({ from: '福州', to: '厦门' });
    expect(readRoute(['寄到苏州，从无锡寄'])).toEqual({ from: '无锡', to: '苏州' });
    expect(readRoute(['我在枫林码头，帮我叫辆车去云溪机场T2，赶飞机'])).toEqual({ from: '枫林码头', to: '云溪机场T2' });
    expect(readRoute(['我在厦门出差，叫个车去高崎机场'])).toEqual({ from: '厦门', to: '高崎机场' });
  });

  it('reads "get to X …, leaving Y" as from Y to X', () => {
    expect(readRoute(['I have to get to Suzhou on Friday, leaving Nanjing South after lunch'])).toEqual({ from: 'Nanjing South', to: 'Suzhou' });
    expect(readRoute(["I'm at the Old Pier and need to get to the Lantern Market. A comfort car if it's cheap"])).toEqual({ from: 'Old Pier', to: 'Lantern Market' });
  });

  it('reads "across town" in the one city said as both ends', () => {
    expect(readRoute(['a parcel for my aunt across town here in Wuhan, 2 kg'])).toEqual({ from: 'Wuhan', to: 'Wuhan' });
  });

  it('reads where one gets on said with no 从, the ride asked for between the places, and a terminal\'s number', () => {
    expect(readRoute(['周六我跟我爱人去青屿，云溪北上车，下午两点左右那趟'])).toEqual({ from: '云溪北', to: '青屿' });
    expect(readRoute(['后天得中午前到青屿，云溪出发，最早那趟'])).toEqual({ from: '云溪', to: '青屿' });
    expect(readRoute(['我要到青屿，明天出发'])).toEqual({ to: '青屿' });
    expect(readRoute(['叫个快车从云溪北去三里坪'])).toEqual({ from: '云溪北', to: '三里坪' });
    expect(readRoute(['枫林打个快车到渡口大概多少钱？'])).toEqual({ from: '枫林', to: '渡口' });
    expect(readRoute(['从枫林打车去云溪机场T3，快车多少钱'])).toEqual({ from: '枫林', to: '云溪机场T3' });
  });

  it('leaves the weekday said before the place out of it', () => {
    expect(readRoute(['下周三长沙南去武汉的车几点'])).toEqual({ from: '长沙南', to: '武汉' });
    expect(readRoute(['周五合肥到南昌'])).toEqual({ from: '合肥', to: '南昌' });
  });
});

describe('how a thing comes, said as where it is sent', () => {
  const how = { type: 'string', enum: ['courier', 'collect'], description: 'courier=配送上门，collect=到店自取' };

  it('is the delivering option where the request sends it to an address', () => {
    expect(readEnum(how, ctx('two packs sent from the pier shop to 18 Harbour Road, unit 1801'))).toBe('courier');
    expect(readEnum(how, ctx('两盒青蒿素片，送到滨海区渡口路18号'))).toBe('courier');
    // (「发到」, "shipped to": sent by the shop is sent all the same)
    expect(readEnum(how, ctx('两盒青蒿素片，从渡口那家发到滨海区渡口路18号'))).toBe('courier');
    expect(readEnum(how, ctx('two packs shipped from the pier shop to 18 Harbour Road'))).toBe('courier');
  });

  it('is the delivering option where an address is said with no word of sending (「地址…」, "Address: …", 「她住…」)', () => {
    expect(readEnum(how, ctx('东门店两盒青蒿素片，地址滨海区渡口路18号'))).toBe('courier');
    expect(readEnum(how, ctx('Two packs from the pier shop. Address: 18 Harbour Road'))).toBe('courier');
    expect(readEnum(how, ctx('给我妈买两盒青蒿素片，她住滨海区渡口路18号'))).toBe('courier');
    // (「送我家」「送公司」: sent home is sent)
    expect(readEnum(how, ctx('东门店两盒青蒿素片，送我家', { addresses: [{ id: 'a1', label: '家', text: '滨海区渡口路18号' }] }))).toBe('courier');
    // (not where the person fetches it, whatever address they give)
    expect(readEnum(how, ctx('两盒，我自己过去取，店在滨海区渡口路18号'))).toBe('collect');
  });

  it('is the delivering option however far the address comes after the sending', () => {
    expect(readEnum(how, ctx('Please send two packs of herbal tea and a ginger candy tin from the pier shop to my flat — 18 Harbour Road, unit 1801'))).toBe('courier');
    expect(readEnum(how, ctx('帮她从渡口那家买两盒青蒿素片送过去，地址是滨海区渡口路18号'))).toBe('courier');
  });

  it('is the fetching option where the person fetches it themselves', () => {
    expect(readEnum(how, ctx('拿两盒，我自己过去取'))).toBe('collect');
    expect(readEnum(how, ctx('东门店有吗？没有的话我去湖滨那家拿一个'))).toBe('collect');
    expect(readEnum(how, ctx("two packs, I'll pick them up"))).toBe('collect');
    expect(readEnum(how, ctx("two packs, I'll come get them after work"))).toBe('collect');
    // (「不用送」 refuses the bringing; 「我自己来」 comes for it)
    expect(readEnum(how, ctx('渡口那家两盒，不用送，我自己来'))).toBe('collect');
    expect(readEnum(how, ctx('渡口那家两盒，我自己过来一趟'))).toBe('collect');
    expect(readEnum(how, ctx("two packs from the pier shop, no need to deliver"))).toBe('collect');
    // (a coming said with something between: 「去门口拿」「过去提」「路过店里」, "swing by", "on my way home")
    expect(readEnum(how, ctx('渡口那家两盒，到时候我去门口拿'))).toBe('collect');
    expect(readEnum(how, ctx('渡口那家两盒，我人就在附近，过去提'))).toBe('collect');
    expect(readEnum(how, ctx('渡口那家两盒，我一会儿路过店里'))).toBe('collect');
    expect(readEnum(how, ctx("two packs from the pier shop, I'll swing by later"))).toBe('collect');
    expect(readEnum(how, ctx("two packs from the pier shop, I'll grab them on my way home"))).toBe('collect');
  });

  it('is nothing where no address is said', () => {
    expect(readEnum(how, ctx('two packs from the pier shop'))).toBeUndefined();
  });
});

describe('a card used, said by its last word alone', () => {
  const payWith = { type: 'string', enum: ['cash', 'voucher'], description: '付款方式：cash=现付, voucher=用套票抵扣' };

  it('is the option of the card the request names (「买一张五次套票，买好直接用票…」)', () => {
    const withCard = { type: 'string', enum: ['cash', 'card'], description: 'cash=现付, card=用储值卡支付' };
    expect(readEnum(withCard, ctx('先办一张储值卡，办好了直接用卡订周六的陶艺课'))).toBe('card');
  });

  it('is nothing where two cards could be meant, or none is used', () => {
    const withCard = { type: 'string', enum: ['cash', 'card'], description: 'cash=现付, card=用储值卡支付' };
    const twoCards = { type: 'string', enum: ['stored', 'gift'], description: 'stored=用储值卡支付, gift=用礼品卡支付' };
    expect(readEnum(twoCards, ctx('直接用卡订周六的陶艺课'))).toBeUndefined();
    expect(readEnum(payWith, ctx('办一张储值卡'))).toBeUndefined();
  });
});

describe('a count', () => {
  it('is a number of things, not a waybill `number` written as text', () => {
    expect(isCountLike('number', { type: 'string', pattern: '^[A-Z]{2}[0-9]{10}$', description: 'waybill number' })).toBe(false);
    expect(isCountLike('number', { type: 'integer', description: 'how many tickets' })).toBe(true);
    expect(isCountLike('qty', { type: 'integer' })).toBe(true);
  });
});

describe('the ends of a window of times', () => {
  const from = { type: 'string' as const, description: '最早开船时间 HH:MM' };
  const to = { type: 'string' as const, description: '最晚开船时间 HH:MM' };

  it('are each its own end of the window said (2026-11-20, 10:00 in Shanghai)', () => {
    expect(readDateTime(from, 'timeFrom', ctx('下班想坐船看夜景，六点半到八点之间开的都行'))).toBe('18:30');
    expect(readDateTime(to, 'timeTo', ctx('下班想坐船看夜景，六点半到八点之间开的都行'))).toBe('20:00');
    expect(readDateTime(from, 'departAfter', ctx('a ferry between 7 and 8:30 pm tomorrow'))).toBe('19:00');
    expect(readDateTime(to, 'departBefore', ctx('a ferry between 7 and 8:30 pm tomorrow'))).toBe('20:30');
  });

  it('stay empty where one time is said with no side', () => {
    expect(readDateTime(from, 'timeFrom', ctx('明天晚上七点那班'))).toBeUndefined();
  });
});

describe('an option named only to be refused', () => {
  const cabin = { type: 'string', enum: ['basic', 'deck'], description: '舱位：basic=普通舱, deck=观景舱' };
  it('is not the one taken; of two, the other is', () => {
    expect(readEnum(cabin, ctx('明早云溪线两张，不要观景舱'))).toBe('basic');
    expect(readEnum(cabin, ctx('two tickets, no deck cabin please'))).toBe('basic');
    expect(readEnum(cabin, ctx('明早云溪线两张观景舱'))).toBe('deck');
  });

  it('leaves the choice open among more than two, and keeps a word of none that is itself an option (「不要冰」)', () => {
    const seat = { type: 'string', enum: ['front', 'middle', 'back'], description: '座位区：front=前排, middle=中排, back=后排' };
    expect(readEnum(seat, ctx('不要前排'))).toBeUndefined();
    const ice = { type: 'string', enum: ['normal', 'none'], description: '冰量：normal=正常冰, none=不要冰' };
    expect(readEnum(cabin, ctx('观景舱就不要了，两张普通的'))).toBe('basic');
    expect(readEnum(ice, ctx('一杯乌龙，不要冰'))).toBe('none');
  });

  it('gives way to an option wanted beside it (「不要冰的，要热的」)', () => {
    const temperature = { type: 'string', enum: ['hot', 'iced', 'less_ice'], description: '温度：hot=热, iced=冰, less_ice=少冰' };
    expect(readEnum(temperature, ctx('两杯乌龙，不要冰的，要热的'))).toBe('hot');
    expect(readEnum(temperature, ctx('two oolongs, no ice, hot please'))).toBe('hot');
  });
});

import { describe, expect, it } from 'vitest';
import { matchEnum, parseEnumGlosses } from './index.ts';

describe('parseEnumGlosses', () => {
  it('reads CODE=中文/English pairs', () => {
    expect(parseEnumGlosses('size: M=中杯/medium, L=大杯/large, XL=超大杯/extra large。默认 M', ['M', 'L', 'XL'])).toEqual([
      { code: 'M', glosses: ['中杯', 'medium'] },
      { code: 'L', glosses: ['大杯', 'large'] },
      { code: 'XL', glosses: ['超大杯', 'extra large'] },
    ]);
  });

  it('is lenient about separators and order', () => {
    expect(parseEnumGlosses('L：大杯 large；M：中杯 medium', ['L', 'M'])).toEqual([
      { code: 'L', glosses: ['大杯', 'large'] },
      { code: 'M', glosses: ['中杯', 'medium'] },
    ]);
    expect(parseEnumGlosses('温度: hot (热), iced (冰)', ['hot', 'iced'])).toEqual([
      { code: 'hot', glosses: ['热'] },
      { code: 'iced', glosses: ['冰'] },
    ]);
    expect(parseEnumGlosses('杯型：中杯(M)、大杯(L)', ['M', 'L'])).toEqual([
      { code: 'M', glosses: ['中杯'] },
      { code: 'L', glosses: ['大杯'] },
    ]);
  });

  it('keeps a gloss that repeats its code (full=全糖/full sugar)', () => {
    const [full] = parseEnumGlosses('full=全糖/full sugar, half=半糖/half sugar', ['full', 'half']);
    expect(full).toEqual({ code: 'full', glosses: ['全糖', 'full sugar'] });
  });

  it('gives no glosses to codes the description does not explain', () => {
    expect(parseEnumGlosses('Shipping speed, one of standard, express', ['standard', 'express'])).toEqual([
      { code: 'standard', glosses: [] },
      { code: 'express', glosses: [] },
    ]);
    expect(parseEnumGlosses('大小：大 / 中 / 小', ['大', '小'])).toEqual([
      { code: '大', glosses: [] },
      { code: '小', glosses: [] },
    ]);
    expect(parseEnumGlosses(undefined as unknown as string, ['x'])).toEqual([{ code: 'x', glosses: [] }]);
  });
});

describe('matchEnum', () => {
  const ice = parseEnumGlosses('normal=正常冰/regular ice, less=少冰/less ice, none=去冰/no ice', ['normal', 'less', 'none']);
  const temperature = parseEnumGlosses('hot (热), iced (冰)', ['hot', 'iced']);
  const sizes = parseEnumGlosses('M=中杯/medium, L=大杯/large, XL=超大杯/extra large', ['M', 'L', 'XL']);

  it('prefers the longest gloss', () => {
    expect(matchEnum('少冰', [...ice, ...temperature])).toEqual([{ code: 'less', span: [0, 2] }]);
    expect(matchEnum('超大杯', sizes)).toEqual([{ code: 'XL', span: [0, 3] }]);
    expect(matchEnum('an extra large one', sizes)).toEqual([{ code: 'XL', span: [3, 14] }]);
  });

  it('matches English case-insensitively on word boundaries only', () => {
    expect(matchEnum('LARGE please', sizes).map((m) => m.code)).toEqual(['L']);
    expect(matchEnum('largest', sizes)).toEqual([]);
  });

  it('matches a code standing as a word, one-letter codes only in their case', () => {
    expect(matchEnum('要L号的', sizes).map((m) => m.code)).toEqual(['L']);
    expect(matchEnum('XL', sizes).map((m) => m.code)).toEqual(['XL']);
    expect(matchEnum("I'm in a hurry", sizes)).toEqual([]);
    expect(matchEnum('m', sizes)).toEqual([]);
  });

  it('understands other ways to say none and a size without its measure word', () => {
    expect(matchEnum('不加冰', ice).map((m) => m.code)).toEqual(['none']);
    expect(matchEnum('without ice', ice).map((m) => m.code)).toEqual(['none']);
    expect(matchEnum('一杯大的', sizes).map((m) => m.code)).toEqual(['L']);
    expect(matchEnum('大后天', sizes)).toEqual([]);
  });

  it('skips spans another parameter has claimed', () => {
    const text = '冰拿铁少冰';
    const iceMatch = matchEnum(text, ice);
    expect(iceMatch).toEqual([{ code: 'less', span: [3, 5] }]);
    expect(matchEnum(text, temperature, iceMatch.map((m) => m.span))).toEqual([{ code: 'iced', span: [0, 1] }]);
  });

  it('names the same value once per item', () => {
    expect(matchEnum('一杯大杯拿铁，一杯大杯美式', sizes).map((m) => m.code)).toEqual(['L', 'L']);
  });
});

describe('a code said with the thing its gloss names', () => {
  it('reads "gold seats" for gold=gold middle seat, and not "gold" alone', () => {
    const seats = parseEnumGlosses('seat: plain=普通座/plain seat, gold=黄金座/gold middle seat', ['plain', 'gold']);
    expect(matchEnum('3 tickets, gold seats if there are any left', seats)[0]?.code).toBe('gold');
    expect(matchEnum('the gold one', seats)).toEqual([]);
  });
});

describe('everyday words for a way of doing it', () => {
  const fulfilment = parseEnumGlosses('delivery=外送到家，pickup=到店自取。用户没说时先问用户', ['delivery', 'pickup']);

  it('reads 「送到…」 as delivery and 「我自己过去拿」 as pickup where the skill glosses them otherwise', () => {
    expect(matchEnum('从徐家汇店给我送个体温计，送到徐汇区天钥桥路500弄', fulfilment)[0]?.code).toBe('delivery');
    expect(matchEnum('给我送20个体温计，徐汇区天钥桥路500弄', fulfilment)[0]?.code).toBe('delivery');
    expect(matchEnum('有的话给我留一盒，我下班自己过去拿', fulfilment)[0]?.code).toBe('pickup');
    expect(matchEnum('杭州武林广场店，善存一瓶，我明早过去自提', fulfilment)[0]?.code).toBe('pickup');
    expect(matchEnum('Get me one box for pickup at the Wulin store', fulfilment)[0]?.code).toBe('pickup');
    expect(matchEnum('Send a box of plasters from the Elm store to 5 Oak Road', fulfilment)[0]?.code).toBe('delivery');
  });

  it('reads paying from a pack or card the person holds, and paying this time only, where the skill glosses them otherwise', () => {
    const payWith = parseEnumGlosses('pay=单次付费/pay per class（默认）, pack=用次卡扣次/use class-pack credits', ['pay', 'pack']);
    expect(matchEnum('用十次卡给我约周二晚上的搏击', payWith)[0]?.code).toBe('pack');
    expect(matchEnum('book spinning with my class pack', payWith)[0]?.code).toBe('pack');
    expect(matchEnum('那就直接付钱吧', payWith)[0]?.code).toBe('pay');
    expect(matchEnum("then I'll pay directly", payWith)[0]?.code).toBe('pay');
    expect(matchEnum('帮我约明天上午的瑜伽', payWith)).toEqual([]);
  });

  it('does not let a word both options share decide', () => {
    const both = parseEnumGlosses('counter=到店柜台自取, locker=到店自提柜取货', ['counter', 'locker']);
    expect(matchEnum('我下班自己过去拿', both)).toEqual([]);
  });
});

describe('parseEnumGlosses: a note in parentheses', () => {
  it('goes on reading the list after a note that follows a gloss', () => {
    // an invented bus company's berth types
    expect(parseEnumGlosses('铺位：low=下铺（靠近车门 1～4 号）/lower berth，up=上铺/upper berth。', ['low', 'up'])).toEqual([
      { code: 'low', glosses: ['下铺', 'lower berth'], notes: ['靠近车门 1～4 号'] },
      { code: 'up', glosses: ['上铺', 'upper berth'] },
    ]);
  });

  it('takes no note from a bracket that only says it is the default', () => {
    const filter = parseEnumGlosses('筛选：all=全部/all（默认），open=进行中/open', ['all', 'open']);
    expect(filter.map((o) => o.notes)).toEqual([undefined, undefined]);
  });
});

describe('an option said with a hyphen', () => {
  it('is the option its words gloss ("an upper-deck seat" for "upper deck")', () => {
    const decks = parseEnumGlosses('deck: lower=下层/lower deck, upper=上层/upper deck', ['lower', 'upper']);
    expect(matchEnum('two upper-deck seats on the night ferry', decks).map((m) => m.code)).toEqual(['upper']);
  });
});

describe('a code that is no everyday word', () => {
  it('is read alone ("one premium ticket", "premium please") where its gloss says more', () => {
    const cabins = parseEnumGlosses('cabin: basic=普通舱/basic cabin seat, premium=头等舱/premium window cabin', ['basic', 'premium']);
    expect(matchEnum('one premium ticket for the 8am ferry', cabins)[0]?.code).toBe('premium');
    expect(matchEnum('the 8am ferry? premium please', cabins)[0]?.code).toBe('premium');
    expect(matchEnum('the basic one', cabins)).toEqual([]);
  });
});

describe('none of a thing, and sweetness for sugar', () => {
  const ice = parseEnumGlosses('温度：warm=温/warm, cold=冰/cold, lessIce=少冰/less ice', ['warm', 'cold', 'lessIce']);
  const sweet = parseEnumGlosses('甜度：full=全糖/full sugar, less=少糖/less sugar, half=半糖/half sugar', ['full', 'less', 'half']);

  it('reads 「去冰」 as the least ice offered where no option is without it, never as 冰', () => {
    expect(matchEnum('一杯桂花乌龙，去冰', ice).map((h) => h.code)).toEqual(['lessIce']);
    expect(matchEnum('一杯桂花乌龙，不要冰', ice).map((h) => h.code)).toEqual(['lessIce']);
    expect(matchEnum('一杯桂花乌龙，冰的', ice).map((h) => h.code)).toEqual(['cold']);
  });

  it('reads 「少甜」「半甜」 as 少糖, 半糖', () => {
    expect(matchEnum('大杯少甜', sweet).map((h) => h.code)).toEqual(['less']);
    expect(matchEnum('半甜就好', sweet).map((h) => h.code)).toEqual(['half']);
  });

  it('reads sweetness in a shop\'s tenths as the option of sugar nearest to it, and less of a thing said the other way round', () => {
    const sugar = parseEnumGlosses('甜度：full=全糖/full sugar, less=少糖/less sugar, half=半糖/half sugar, none=无糖/no sugar', ['full', 'less', 'half', 'none']);
    expect(matchEnum('桂花乌龙七分糖', sugar).map((h) => h.code)).toEqual(['less']);
    expect(matchEnum('桂花乌龙五分糖', sugar).map((h) => h.code)).toEqual(['half']);
    expect(matchEnum('桂花乌龙一分糖', sugar).map((h) => h.code)).toEqual(['none']);
    expect(matchEnum('一杯桂花乌龙，冰少一点', ice).map((h) => h.code)).toEqual(['lessIce']);
    expect(matchEnum('少放冰', ice).map((h) => h.code)).toEqual(['lessIce']);
  });

  it('reads a kind of milk said without 奶 after a word of choosing (「换脱脂的」), not inside a drink\'s name', () => {
    const milk = parseEnumGlosses('奶：whole=全脂奶/whole milk, oat=燕麦奶/oat milk, skim=脱脂奶/skim milk', ['whole', 'oat', 'skim']);
    expect(matchEnum('一杯大杯拿铁，换脱脂的', milk).map((h) => h.code)).toEqual(['skim']);
    expect(matchEnum('一杯燕麦拿铁', milk).map((h) => h.code)).toEqual([]);
  });
});


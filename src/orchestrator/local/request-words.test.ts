import { describe, expect, it } from 'vitest';
import { ANY_ONE, asksToUndo, isActing, isBareAct } from './request-words.ts';

describe('going somewhere to see it', () => {
  it.each(['周日带爸妈去万达看那部新片', '晚上去江边那家看演出', '明天我们去看话剧'])('%s acts', (text) => expect(isActing(text)).toBe(true));

  it.each(['周末去商场看看有什么', '去哪看比较好？', '你去看过吗'])('%s does not', (text) => expect(isActing(text)).toBe(false));
});

describe('whether any is left', () => {
  it.each(['海景房住两晚还有吗', '周六下午那场还有两张吗', '观景舱还剩吗'])('%s asks, whatever stay or count it is for', (text) => expect(isActing(text)).toBe(false));

  it.each(['能给我送两杯吗', '海景房住两晚，帮我订'])('%s acts', (text) => expect(isActing(text)).toBe(true));
});

describe('a choice made and seats asked for, with no verb', () => {
  it.each(['今晚最晚那班船是几点的？就它了，给我俩靠窗的好位置', '就那班吧', '观景舱就这个了'])('%s acts', (text) => expect(isActing(text)).toBe(true));

  it.each(['给我俩人推荐个航线', '就它了吗？'])('%s does not', (text) => expect(isActing(text)).toBe(false));
});

describe('an act held back', () => {
  it.each(['周日青屿的船哪班最便宜？我先看看，别急着买', '观景舱多少钱，不着急订', '先别忙着下单，盒饭多少钱'])('%s does not act', (text) => expect(isActing(text)).toBe(false));

  it.each(['周日想陪爸妈看那部纪录片，哪家最便宜？不急着买', 'want to see the pottery show on Sunday, which slot is cheapest? not buying yet'])('%s asks: wanting to go, with the buying held back', (text) => expect(isActing(text)).toBe(false));

  it.each(['周日青屿的船，最便宜那班买两张', '急着走，帮我订一张观景舱', '周六想带孩子去看那部动画', '先问问价格，合适的话帮我订两张'])('%s acts', (text) => expect(isActing(text)).toBe(true));

  it.each(['Any pottery class for beginners on Sunday? Just tell me the times, I\'ll book later', '周日青屿的船几点有？回头我自己买', '观景舱还有吗？晚点我再订'])('%s does not act: the act kept for later or for oneself', (text) => expect(isActing(text)).toBe(false));

  it.each(['润喉糖要是拿三盒送到家，大概多少钱？只是问问', 'if I got three tins delivered, what would that come to? just asking'])('%s asks: only asking holds back what it would buy', (text) => expect(isActing(text)).toBe(false));
});

describe('what a thing is called', () => {
  it.each(['哪些分店有四人间？都叫啥？', '这道菜叫啥'])('%s asks: 「叫什么」 names, calls no car', (text) => expect(isActing(text)).toBe(false));

  it.each(['帮我叫个车去码头', '叫一辆车'])('%s acts', (text) => expect(isActing(text)).toBe(true));
});

describe('things counted to be compared', () => {
  it.each(['一瓶枇杷膏和一瓶川贝露，哪款便宜，差几块', '一份盒饭跟一份泡面差多少'])('%s asks', (text) => expect(isActing(text)).toBe(false));

  it.each(['一盒润喉糖和一盒草本茶，哪个便宜？买便宜的那个', '一盒润喉糖，一盒草本茶'])('%s acts', (text) => expect(isActing(text)).toBe(true));
});

describe('a count wanted', () => {
  it.each(['南门店要三包湿巾', '楼下那家要两杯热的', 'A店要一个充电宝'])('%s acts', (text) => expect(isActing(text)).toBe(true));

  it.each(['要几个小时？', '做这个要两个小时吗', '要两个人一起去吗'])('%s does not', (text) => expect(isActing(text)).toBe(false));

  // a count and its measure before the thing, with no verb: ordered as one after it is
  it.each(['南门店三包湿巾，地址滨海区渡口路18号', '两盒润喉糖', '三杯热姜茶'])('%s acts', (text) => expect(isActing(text)).toBe(true));
  it.each(['南门店三包湿巾多少钱', '每天两片维生素', '三包湿巾和两盒润喉糖哪个便宜'])('%s does not', (text) => expect(isActing(text)).toBe(false));
});

describe('who goes, said as a part of its own', () => {
  it('acts: it says whom to book for', () => {
    expect(isActing('周六下午四点左右东湖的陶艺课，我跟我爱人俩人')).toBe(true);
    expect(isActing('周日晚上的，我们仨')).toBe(true);
    expect(isActing('Saturday morning pottery, for me and my wife')).toBe(true);
    // (the family brought along: 「带爸妈去」「带俩娃去」)
    expect(isActing('周六下午东湖的陶艺课，带爸妈去')).toBe(true);
    expect(isActing('周六下午东湖的陶艺课，带俩娃去')).toBe(true);
    expect(isActing('周六带份早餐过去')).toBe(false);
  });

  it('does not where the request asks, or holds the act back', () => {
    expect(isActing('我跟我爱人俩人，周六有什么课')).toBe(false);
    expect(isActing('先别订，我跟我爱人俩人')).toBe(false);
  });
});

describe('English ways to ask for a place or a visit', () => {
  it('acts on "whatever leaves…": a word that holds "what" asks nothing', () => {
    expect(isActing('put me on whatever ferry goes first tomorrow')).toBe(true);
    expect(isActing('what ferry goes first tomorrow?')).toBe(false);
  });

  it('acts on "put me in", "can someone do them"', () => {
    expect(isActing('is there a pottery slot on Friday? put me in if so')).toBe(true);
    expect(isActing('could someone do the gutters on Friday?')).toBe(true);
  });
});

describe('sending someone', () => {
  it.each(['周二派个阿姨来打扫', '下午派人去店里修空调', '派两位师傅过来', '后天上午找个师傅来把热水器拆洗一下', '周日请人来收拾一遍'])('%s acts', (text) => expect(isActing(text)).toBe(true));

  it.each(['派人过来要多少钱？', '请个阿姨一般要多少钱？', '请问几点能到'])('%s does not', (text) => expect(isActing(text)).toBe(false));
});

describe('an order said as what and how many', () => {
  it('acts where a count and the thing lead the request', () => {
    expect(isActing('Two double rooms at the river inn for Friday night')).toBe(true);
    expect(isActing('三间标准间，周五入住')).toBe(true);
    expect(isActing('Get someone to wash my windows on Monday')).toBe(true);
  });
  it('does not where the count only asks', () => {
    expect(isActing('Two double rooms for Friday - how much would that be?')).toBe(false);
    expect(isActing('两间标准间多少钱')).toBe(false);
    expect(isActing('One of the rooms looked small')).toBe(false);
  });
});

describe('fetching something for the user', () => {
  it.each(['Could you grab me a large tea from the corner shop', 'grab us two sandwiches at the station kiosk'])('%s acts', (text) => expect(isActing(text)).toBe(true));

  it('does not where only asked about', () => expect(isActing('what could I grab at the corner shop?')).toBe(false));
});

describe('an act already done, said as a state', () => {
  it.each(['the tracking page shows delivered but nothing is at my door', 'the box says shipped since Monday', '查了一下显示已送达，可是没收到'])('%s does not act', (text) => expect(isActing(text)).toBe(false));

  it.each(['please have it delivered to my desk', '帮我送到公司'])('%s still acts', (text) => expect(isActing(text)).toBe(true));
});

describe('a question of how long or how many', () => {
  it.each(['how many movers do you send?', 'How long does a full wash take, and how many staff come?', '搬一次家要多久，派几个人来？'])('%s does not act', (text) => expect(isActing(text)).toBe(false));

  it.each(['Send two movers on Friday', 'book it for however long it takes'])('%s still acts', (text) => expect(isActing(text)).toBe(true));
});

describe('a go-ahead', () => {
  it.each(["If it's cheap enough just go ahead", 'fine, go for it', 'please proceed with the booking'])('%s acts', (text) => expect(isActing(text)).toBe(true));

  it('does not where only asked about', () => expect(isActing('how much is it if I go ahead?')).toBe(false));
});

describe('taking someone to see it, or seeing one', () => {
  it.each(['周日上午带爸妈看那部纪录片', '晚上我自己再看场话剧', '下午看一场木偶戏'])('%s acts', (text) => expect(isActing(text)).toBe(true));

  it.each(['带孩子看什么比较好？', '帮我看场次有哪些', '看看场次'])('%s does not', (text) => expect(isActing(text)).toBe(false));
});

describe('a stay said by its count of nights, with no verb', () => {
  it('is a booking where nothing is asked (「下周三周四两晚，滨江那家的单人间」)', () => {
    expect(isActing('下周三周四两晚，滨江那家的单人间，就我一个')).toBe(true);
    expect(isActing('三个晚上，河边那家，我们仨')).toBe(true);
  });

  it('is a question where it asks (「两晚多少钱」「两晚含早吗」), and 今晚/每晚 count no nights', () => {
    expect(isActing('这周五住两晚多少钱')).toBe(false);
    expect(isActing('两晚含早吗')).toBe(false);
    expect(isActing('今晚有房吗')).toBe(false);
    expect(isActing('每晚多少钱？')).toBe(false);
  });
});

describe('a day before 晚上 is no count of nights', () => {
  it.each(['周五晚上有什么好看的', '星期五晚上那场还有票吗', '12月5晚上可以吗'])('%s does not act', (text) => expect(isActing(text)).toBe(false));
});

describe('who goes, said as a count of people or a household', () => {
  it('acts where the part is only the people (「一家三口」「两大一小」「四个人」「我们宿舍四个」, "for 3")', () => {
    expect(isActing('周六东港七点的渡轮观光，一家三口')).toBe(true);
    expect(isActing('周六东港七点的渡轮观光，两大一小')).toBe(true);
    expect(isActing('西港今晚那场灯光秀，四个人')).toBe(true);
    expect(isActing('西港今晚那场灯光秀，我们宿舍四个')).toBe(true);
    expect(isActing('harbour light show tonight at 8, for 3')).toBe(true);
    expect(isActing('harbour light show tonight at 8 for the three of us')).toBe(true);
  });

  it('does not act where the request asks (「…还有位置吗，四个人」)', () => {
    expect(isActing('西港今晚那场灯光秀还有位置吗，四个人')).toBe(false);
    expect(isActing('三人间多少钱')).toBe(false);
  });
});

describe('wanting to see or book, said of others with the speaker', () => {
  it('acts ("Me and my parents want to see…")', () => {
    expect(isActing('Me and my parents want to see the harbour light show tonight at 8')).toBe(true);
    expect(isActing('We wanna catch the 8pm ferry show')).toBe(true);
  });
});

describe('a count of people or seats at the start, or 「来俩」', () => {
  it('acts ("2 adults for…", 「…给我来俩座」, 「…，俩」)', () => {
    expect(isActing('2 adults for the harbour light show tonight at 8')).toBe(true);
    expect(isActing('今晚西港八点的灯光秀给我来俩座')).toBe(true);
    expect(isActing('今晚西港八点的灯光秀，俩')).toBe(true);
  });
});

describe('placing an order said as 「给我下一个」', () => {
  it('acts (「有的话给我下一个」, 「帮我下一单」), while 「下一个」 alone asks for the next', () => {
    expect(isActing('码头那家茶铺有桂花乌龙吗？有的话给我下一个，我去店里拿')).toBe(true);
    expect(isActing('帮我下一单，两罐')).toBe(true);
    expect(isActing('下一个是什么')).toBe(false);
  });
});

describe('the choice left to the assistant', () => {
  it('is said as not caring too ("I really don\'t care about the bed")', () => {
    expect(ANY_ONE.test("I really don't care about the bed")).toBe(true);
    expect(ANY_ONE.test('I care about the view')).toBe(false);
  });
});

describe('ordering said with 点 and what is ordered pointed at', () => {
  it.each(['乌龙跟红茶哪个便宜？点便宜那个', '点那个吧，大杯的', '就点它'])('%s acts', (text) => expect(isActing(text)).toBe(true));
  it.each(['几点那个', '三点那场还有吗', '有点贵'])('%s does not', (text) => expect(isActing(text)).toBe(false));
});

describe('a question of how many can still be had', () => {
  it.each(['下午那节陶艺课还能约几个人', '还剩几个位置', '明早的船还可以订多少张'])('%s does not act', (text) => expect(isActing(text)).toBe(false));
  it.each(['帮我约一个', '给我订两张'])('%s acts', (text) => expect(isActing(text)).toBe(true));
});

describe('a stay said after a price asked in a sentence of its own', () => {
  it('is booked (「早餐多少钱一位？明天住一晚双床，俩人」), while a stay said for the price is asked about', () => {
    expect(isActing('山居客栈早餐多少钱一位？明天住一晚松间双床，俩人，带早')).toBe(true);
    expect(isActing('山居客栈明天住一晚，松间大床房就行，多少钱')).toBe(false);
  });
});

describe('signing people up', () => {
  it('is an act with the people said between ("sign me and my sister up"), not "sign-up" asked about', () => {
    expect(isActing('Any pottery on Monday night? Sign me and my sister up')).toBe(true);
    expect(isActing('sign us both up for the ferry tour')).toBe(true);
    expect(isBareAct('Sign me and my sister up')).toBe(true);
    expect(isBareAct('book us both in please')).toBe(true);
    expect(isBareAct('Sign me and my sister up for the class on Friday at the pier')).toBe(false);
  });
});

describe('an act of what was just asked about, on a condition', () => {
  it('is bare, of nothing it names ("If it\'s under 100 just pay it", 「要是不到100就直接交了吧」)', () => {
    expect(isBareAct("if it's below 80, just pay it")).toBe(true);
    expect(isBareAct('要是不到100就直接交了吧')).toBe(true);
    expect(isBareAct('if it rains, book a taxi to the pier')).toBe(false);
    expect(isBareAct('要是不到100就交一下水费')).toBe(false);
  });
});

describe('having a thing sent', () => {
  it('is an act ("could you have two tins of jasmine sent over to the pier?"), not a question of delivery', () => {
    expect(isActing('Could you have two tins of jasmine tea and a teapot sent over from the east pier shop to 云溪路8号?')).toBe(true);
    expect(isActing('how long does it take to have it sent?')).toBe(false);
  });
});

describe('an act said not to be done with a bare 不', () => {
  it('is no act (「…送到家大概多少钱？先问问不买」), while 「买不买得到」 and a plain order still are what they were', () => {
    expect(isActing('青屿店，两罐龙井送到家大概多少钱？先问问不买')).toBe(false);
    expect(isActing('明早的渡轮先看看，不订')).toBe(false);
    expect(isActing('给我买两罐龙井')).toBe(true);
  });
});

describe('keeping a thing aside for the person', () => {
  it.each(['有的话留一个，我明天去取', '有货就留两盒', 'need something for a cough, pick up at the pier'])('%s acts', (text) => expect(isActing(text)).toBe(true));
  it.each(['停留一个小时', '留一个电话给我'])('%s does not', (text) => expect(isActing(text)).toBe(false));
});

describe('a yes-or-no asked of the service', () => {
  it.each(['does the pier shop deliver, and what is the delivery fee?', 'do you ship to the islands?'])('%s does not act', (text) => expect(isActing(text)).toBe(false));
  it.each(['Do you have ginger tea? I will take two'])('%s still acts after it', (text) => expect(isActing(text)).toBe(true));
});

describe('who goes, said by kinds of people or as a family', () => {
  it.each(['周日那班船下午五点那趟，大人两个小孩一个', 'the ferry on Sunday morning, a family of three'])('%s acts', (text) => expect(isActing(text)).toBe(true));
  it.each(['大人多少钱一张'])('%s does not', (text) => expect(isActing(text)).toBe(false));
});

describe('a thing done before, said to point at it (「我上次买的」「我昨天订的」)', () => {
  it('is no act of its own', () => {
    expect(isActing('我上次买的船票是几号舱')).toBe(false);
    expect(isActing('我昨天订的那张船票几点开船')).toBe(false);
    // (an act said beside it still acts)
    expect(isActing('我上次点的那杯再来一杯')).toBe(true);
    expect(isActing('买我上次买的那个')).toBe(true);
  });
});

describe('which of them, asked', () => {
  it('is a question, not an order (「茶语哪家店离我近」「哪个码头人少」「几号舱」)', () => {
    for (const text of ['茶语哪家店离我近', '哪个码头离这近', '我的船票是几号舱', '观景舱在第几排']) expect(isActing(text), text).toBe(false);
    // (whichever is left to the assistant is no question)
    expect(isActing('哪家都行，帮我订两张明早的船票')).toBe(true);
  });
});

describe('whether an undo went through', () => {
  it('asks, and undoes nothing (「退了没有」「取消了吗」「退款成功了吗」)', () => {
    for (const text of ['我上次买的船票退了没有', '那单取消了吗', '退款成功了吗', '我的票退没退']) expect(asksToUndo(text), text).toBe(false);
    for (const text of ['把那张船票退了', '帮我退了', '取消吧']) expect(asksToUndo(text), text).toBe(true);
  });
});

describe('what an undo would give back', () => {
  it('asks, and undoes nothing (「现在退的话能退多少钱」, "how much would I get back if I cancel?")', () => {
    for (const text of ['我的船票现在退的话能退多少钱', '取消的话要扣钱吗', '退票能退几成', 'how much would I get back if I cancel my ferry ticket?', 'If I cancelled now, what refund would I get?']) expect(asksToUndo(text), text).toBe(false);
    for (const text of ['船票退了吧，能退多少退多少', 'cancel my ferry ticket and refund me']) expect(asksToUndo(text), text).toBe(true);
  });
});

describe('a yes-or-no in Chinese', () => {
  it('asks nothing done where it is for nobody and counts nothing (「外送要配送费吗」「观景舱含餐吗」)', () => {
    for (const text of ['茶语外送要配送费吗', '观景舱含餐吗', '要送到公司吗']) expect(isActing(text), text).toBe(false);
    // (a request said as a question still acts)
    for (const text of ['能给我送两杯乌龙吗', '帮我送到公司好吗', '今晚云溪码头七点的那班船还能订吗']) expect(isActing(text), text).toBe(true);
  });
});

describe('a thing said with its count after it', () => {
  it('is ordered in a sentence that asks nothing, not in one that asks or tells what was done', () => {
    expect(isActing('东门店自取，大杯乌龙一杯，少冰。另外加料多少钱')).toBe(true);
    expect(isActing('乌龙一杯多少钱')).toBe(false);
    expect(isActing('我昨天喝了乌龙一杯')).toBe(false);
  });
});

describe('someone asked to come and do a thing', () => {
  it('is an act however it is asked (「明天能来家里做个保洁吗」), not when it is called off', () => {
    expect(isActing('明天上午能来家里做个大扫除吗')).toBe(true);
    expect(isActing('能上门清洗一下油烟机吗')).toBe(true);
    expect(isActing('不用来家里打扫了')).toBe(false);
    expect(isActing('周日能来吗')).toBe(false);
  });
});

describe('a thing to be fetched from the store, with no verb of buying', () => {
  it.each(['草本堂东港店自提，一人一包菊花茶', 'Pick up 40 tea bags at the harbour shop', '两盒菊花茶，到店自取', '东港那家两盒菊花茶，我自己去店里拿', "chrysanthemum tea and a kettle, harbour shop, I'll collect", 'two tins of the oolong for collection at the pier shop', "a kettle from the pier shop, I'll pick it up"])('%s acts', (text) => expect(isActing(text)).toBe(true));

  it.each(['东港店可以自提吗', '自取要等多久', 'can I pick up at the harbour shop?', '去哪拿', "when will it be ready for collection?", "I'll collect my thoughts"])('%s does not', (text) => expect(isActing(text)).toBe(false));
});

describe('a count for a thing named, with no verb', () => {
  it.each(['Two for Harbour Lights on the 23rd, afternoon', 'Three for "Green Isle Line" tomorrow morning'])('%s acts', (text) => expect(isActing(text)).toBe(true));

  it.each(['Two for me?', 'one for the road'])('%s does not', (text) => expect(isActing(text)).toBe(false));
});

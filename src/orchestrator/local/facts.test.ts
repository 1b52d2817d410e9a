import { describe, expect, it } from 'vitest';
import { factsOf } from './facts.ts';
import { factOf } from './phrasing.ts';
import { readEnum } from './fill-value.ts';

describe('what the user hears of a result', () => {
  it('keeps the facts and drops what is said to the model, however it is written', () => {
    const apis = ['listSessions', 'bookTickets'];
    expect(factOf('已锁定小包，应付 116 元。【必须遵守】请用一句简短话术引导用户核对订单卡片后支付。禁止替用户支付。', { lang: 'zh', apis })).toBe('已锁定小包，应付 116 元。');
    expect(factOf('查到 3 趟车。用 bookTickets 订票（trainId 用 trains[].id）。', { lang: 'zh', apis })).toBe('查到 3 趟车。');
    expect(factOf('该门店有 2 种包厢。不要编造包厢 ID，用 listSessions 查场次。', { lang: 'zh', apis })).toBe('该门店有 2 种包厢。');
    expect(factOf('Order created: ¥21.00. Show the confirmation card and ask the user to check it.', { lang: 'en' })).toBe('Order created: ¥21.00.');
    expect(factOf('请于15:00前到店取餐，取餐码 A123。', { lang: 'zh' })).toBe('请于15:00前到店取餐，取餐码 A123。');
    expect(factOf('座位已售出，请换一个座位。', { lang: 'zh' })).toBe('座位已售出，请换一个座位。');
  });

  it('says an English error to a Chinese user in Chinese', () => {
    const said = factOf("Invalid arguments for listRooms: arguments must have required property 'venueId'.", { lang: 'zh', isError: true, apis: ['listRooms'] });
    expect(said).toMatch(/[\u4e00-\u9fff]/);
    expect(said).not.toMatch(/venueId|listRooms|Invalid/);
  });
});

describe('a stated time filling an enum of times', () => {
  const schema = { type: 'string', enum: ['08:00', '10:00', '13:00', '15:00', '18:00'], description: '上门开始时间' };
  const ctx = (text: string) => ({ texts: [text], now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai', userCity: undefined });
  it('takes the time said, or the nearest to a loose one', () => {
    expect(readEnum(schema, ctx('明天上午10点来'))).toBe('10:00');
    expect(readEnum(schema, ctx('tomorrow at 3 pm'))).toBe('15:00');
    expect(readEnum(schema, ctx('下午一点多'))).toBe('13:00');
    expect(readEnum(schema, ctx('晚上五点半左右'))).toBe('18:00');
    expect(readEnum(schema, ctx('晚上九点'))).toBeUndefined();
  });
  it('takes the one time of the part of the day said, and leaves several to be asked', () => {
    expect(readEnum(schema, ctx('明天晚上来打扫'))).toBe('18:00');
    expect(readEnum(schema, ctx('Saturday evening works'))).toBe('18:00');
    expect(readEnum(schema, ctx('明天上午来打扫'))).toBeUndefined();
  });
});

describe('codes a list labels with the machine\'s field names', () => {
  it('keeps the code and drops its label, where the sentence is otherwise the user\'s', () => {
    expect(factOf('找到 2 家门店：静安寺店（storeId SH01，南京西路1788号，08:00-22:00）；徐家汇店（storeId SH02，24小时）。下单时使用 storeId。', { lang: 'zh', apis: ['listStores'] }))
      .toBe('找到 2 家门店：静安寺店（SH01，南京西路1788号，08:00-22:00）；徐家汇店（SH02，24小时）。');
    expect(factOf('已约好周二 19:45 搏击（2 人，bookingId=bk123）。', { lang: 'zh' })).toBe('已约好周二 19:45 搏击（2 人，bk123）。');
    // a label followed by an instruction is still the machine's
    expect(factOf('用户选定一节后，用该课的 classId 调用 bookClass。', { lang: 'zh', apis: ['bookClass'] })).toBe('');
  });
});

describe('facts a skill states about the user in the third person', () => {
  it('tells the user their own state, as "you"', () => {
    expect(factOf('用户目前没有有效的团课预约；次卡剩余 0 次。可以用 searchClasses 帮用户查课。', { lang: 'zh', apis: ['searchClasses'] })).toBe('你目前没有有效的团课预约；次卡剩余 0 次。');
    expect(factOf('用户目前没有符合条件的保洁预约。请如实告诉用户；如需要，可帮用户新约（listServices）。', { lang: 'zh', apis: ['listServices'] })).toBe('你目前没有符合条件的保洁预约。');
    expect(factOf('The user has no bookings yet. Offer to search classes.', { lang: 'en' })).toBe('You have no bookings yet.');
    expect(factOf('用户在康宁大药房还没有订单。', { lang: 'zh' })).toBe('你在康宁大药房还没有订单。');
    // what belongs to the user, said as theirs; the way out the machine is told stays with it
    expect(factOf('用户的次卡剩余 0 次，不够 1 人使用，没有预约。可以改为单次付费（payWith=pay），或先用 buyClassPack 购买次卡。', { lang: 'zh', isError: true, apis: ['buyClassPack'] })).toBe('你的次卡剩余 0 次，不够 1 人使用，没有预约。');
    expect(factOf("The user's class pack has 0 credits left, so nothing was booked. Use payWith=pay instead.", { lang: 'en', isError: true })).toBe('Your class pack has 0 credits left, so nothing was booked.');
  });

  it('keeps what the skill asks to be told to the user', () => {
    expect(factOf('用户没有授权读取收货地址，无法确定上门地址。请告诉用户：需要在授权卡片上同意读取地址才能预约上门服务；不要编造地址。', { lang: 'zh', isError: true }))
      .toBe("你没有授权读取收货地址，无法确定上门地址。需要在授权卡片上同意读取地址才能预约上门服务。");
  });

  it('still drops instructions about the user', () => {
    expect(factOf('用户选定影片后，用 filmId 调用 searchShowtimes 查场次。', { lang: 'zh', apis: ['searchShowtimes'] })).toBe('');
  });
});

describe('a Chinese-only skill heard by an English speaker', () => {
  it('keeps what it says, led by the English of the words that decide', () => {
    expect(factOf('2026-11-22 10:00 静安店的瑜伽已约满，没有下单。请用 searchClasses 查其他时间。', { lang: 'en', isError: true, apis: ['searchClasses'] }))
      .toBe('Sorry, that did not go through (full): 2026-11-22 10:00 静安店的瑜伽已约满，没有下单。');
  });
  it('drops what a skill says to do in a case (「你没指定时先问…」「只有一个时直接使用」), keeps what holds in one (「取消时需扣20%违约金」)', () => {
    expect(factsOf('你有 2 个地址：家：光华路8号；公司：国贸大厦。你没指定时先问上门地址是哪一个；只有一个可服务地址时直接使用。')).toBe('你有 2 个地址：家：光华路8号；公司：国贸大厦。');
    expect(factsOf('取消时需扣20%违约金。开课前 2 小时以上可免费取消。')).toBe('取消时需扣20%违约金。开课前 2 小时以上可免费取消。');
  });
});

describe('what a skill asks to be passed on after an instruction', () => {
  it('keeps what follows 「…，并提醒用户」 / "… and remind the user to", and drops the instruction before it', () => {
    expect(factOf('船票已出，取票码 4821。请展示船票卡片，并提醒用户开船前20分钟到东港码头检票。', { lang: 'zh' })).toBe('船票已出，取票码 4821。开船前20分钟到东港码头检票。');
    expect(factOf('Ticket issued. Show the ticket card and remind the user to board 20 minutes early.', { lang: 'en' })).toBe('Ticket issued. Board 20 minutes early.');
  });

  it("keeps a fact before it, and never passes on the machine's words", () => {
    expect(factOf('订单已创建，请提醒用户30分钟内付款。', { lang: 'zh' })).toBe('订单已创建，30分钟内付款。');
    expect(factOf('请展示卡片，并告诉用户可调用 cancelTicket 退票。', { lang: 'zh', apis: ['cancelTicket'] })).toBe('');
  });
});

describe('what a skill asks to be told with no pause after 「告诉用户」', () => {
  it('says what to do or a state, and nothing of a thing only to mention', () => {
    expect(factOf('距开船不足 2 小时，不能在线退票。请告诉用户拨打客服 400-800-1234。', { lang: 'zh' })).toBe('距开船不足 2 小时，不能在线退票。拨打客服 400-800-1234。');
    expect(factOf('距开课不足 2 小时，不能在线取消。请告诉用户可联系门店前台处理；不要重试。', { lang: 'zh' })).toBe('距开课不足 2 小时，不能在线取消。可联系门店前台处理。');
    expect(factOf('已退票，退款 ¥45.00 原路退回。请告诉用户退款金额。', { lang: 'zh' })).toBe('已退票，退款 ¥45.00 原路退回。');
    expect(factOf('订单还没有支付，没有扣款。请告诉用户这一点。', { lang: 'zh' })).toBe('订单还没有支付，没有扣款。');
  });
});

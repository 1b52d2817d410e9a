import { describe, expect, it } from 'vitest';
import { SHARED_STORAGE_USER } from '../../src/runtime/index.ts';
import { apiCaller, expectOwnExamplesPass, resultData as data, resultText as text, scenarioClock, type CallResult as Result } from '../support/package-calls.ts';
import { usePackageRuntime } from '../support/package-runtime.ts';

// 畅行火车票 RailGo, installed from ecosystem/packages/rail and called through the real sandbox:
// search and time matching, fares, seats left by the data's hash rule, holds, consent, issue, refund.
const PACKAGE = new URL('../../ecosystem/packages/rail', import.meta.url).pathname;
const PASSENGERS: Record<string, { passengers: Record<string, string>[] }> = {
  demo: { passengers: [
    { id: 'p1', name: '张伟', relation: 'self', idNumber: '110105199001011234', phone: '13800138000' },
    { id: 'p2', name: '李娜', relation: 'spouse', idNumber: '110105199203052345', phone: '13800138001' },
  ] },
  alice: { passengers: [{ id: 'p1', name: '陈爱丽', relation: 'self', idNumber: '310101199505053456', phone: '13900139000' }] },
};
/** 2026-11-20 10:00 in Shanghai (a Friday), the scenarios' clock; "tomorrow" is 2026-11-21. */
const TEN_AM = new Date('2026-11-20T02:00:00Z');
const TOMORROW = '2026-11-21';

describe('rail mini-program (畅行火车票)', () => {
  /** The hub's clock, which the sandbox's Date follows. */
  const clock = scenarioClock(TEN_AM);
  const app = usePackageRuntime(PACKAGE, {
    clock, userData: (scope, call) => (scope === 'scope.passengers' ? PASSENGERS[call.userId] : undefined),
  });

  /** Calls as `demo` (passengers granted) at 10:00 Shanghai time unless `at` says otherwise. */
  const { raw, call } = apiCaller(app, { appId: 'rail', userId: 'demo', grants: { 'scope.passengers': 'granted' } }, clock);
  const lastOrder = () => app.services.orders[app.services.orders.length - 1]!;
  const seatsLeft = async (from: string, to: string, number: string, seat: string, at?: Date) => {
    const trains = data(await call('searchTrains', { from, to, date: TOMORROW }, at ? { at } : {})).trains as { number: string; seats: { seatClass: string; left: number }[] }[];
    return trains.find((t) => t.number === number)!.seats.find((s) => s.seatClass === seat)!.left;
  };
  const pay = async (orderId: string, userId = 'demo') => {
    app.services.orders.find((o) => o.orderId === orderId)!.status = 'paid';
    return call('onTicketsPaid', { orderId, status: 'paid' }, { mode: 'system', userId });
  };

  it('finds 「明天下午三点北京到上海」: G115 first, with fares rounded to ¥0.5 and seats left by the data rule', async () => {
    const out = await call('searchTrains', { from: '北京', to: '上海', date: TOMORROW, departTime: '15:00', seat: 'second' });
    const r = data(out);
    expect(r.exactMatch).toBe('G115_2026-11-21_BJP_SHH');
    expect(r.trains).toHaveLength(11);
    expect(r.trains[0]).toMatchObject({ id: 'G115_2026-11-21_BJP_SHH', name: 'G115', departTime: '15:00', arriveTime: '19:33', from: 'BJP', to: 'SHH' });
    expect(r.trains[0].seats).toEqual([
      { seatClass: 'second', name: '二等座', nameEn: 'Second class', price: 606.5, left: 12 },
      { seatClass: 'first', name: '一等座', nameEn: 'First class', price: 975.5, left: 2 },
      { seatClass: 'business', name: '商务座', nameEn: 'Business class', price: 1924.5, left: 22 },
    ]);
    expect(r.trains.slice(1).map((t: { departTime: string }) => t.departTime)).toEqual(['06:30', '07:00', '08:00', '09:00', '10:00', '12:00', '14:00', '16:00', '17:00', '19:00']);
    expect(text(out)).toMatch(/^15:00 出发的是 G115 15:00–19:33（二等座 ¥606\.50 余 12 张.*已排在第一位/);
  });

  it('understands stations however they are written, in English too', async () => {
    const en = await call('searchTrains', { from: 'Shanghai Hongqiao', to: 'Hangzhou East tomorrow at 9:10 am', date: TOMORROW, departTime: '09:10' }, { userId: 'alice', locale: 'en' });
    expect(data(en).trains[0]).toMatchObject({ number: 'G755', departTime: '09:10' });
    expect(data(en).trains[0].seats[1]).toMatchObject({ seatClass: 'first', price: 117.5 });
    expect(text(en)).toMatch(/^The 09:10 train is G755/);
    for (const [from, to] of [['北京南站', '南京南'], ['BJP', 'NJH'], ['Beijing', '南京市']]) {
      expect(data(await call('searchTrains', { from, to, date: TOMORROW })).to.id, `${from}→${to}`).toBe('NJH');
    }
    expect(data(await call('searchTrains', { from: '虹桥', to: '杭州' , date: TOMORROW })).from.id).toBe('SHH');
    const mars = await call('searchTrains', { from: '北京', to: '火星', date: TOMORROW });
    expect(mars.envelope.isError).toBe(true);
    expect(text(mars)).toMatch(/没有找到到达地「火星」。可选车站：北京南、/);
    expect(text(await call('searchTrains', { from: '北京', to: '杭州', date: TOMORROW }))).toMatch(/没有直达车次。可以在南京南换乘/);
  });

  it('sells only trains not yet departed, from today for 15 days', async () => {
    const out = await call('searchTrains', { from: '北京', to: '上海' });
    const today = data(out);
    expect(today.date).toBe('2026-11-20');
    expect(today.trains.filter((t: { onSale: boolean }) => t.onSale).map((t: { departTime: string }) => t.departTime)).toEqual(['12:00', '14:00', '15:00', '16:00', '17:00', '19:00']);
    expect(today.trains[0]).toMatchObject({ departTime: '06:30', onSale: false, seats: [{ left: 0 }, { left: 0 }, { left: 0 }] });
    expect(text(out)).toContain('可购 6 趟车（另有 5 趟已发车）');
    expect(text(await call('searchTrains', { from: '北京', to: '上海', departTime: '08:00' }))).toMatch(/^08:00 出发的 G105 已经发车，不能再购票/);
    expect(text(await call('searchTrains', { from: '北京', to: '上海', date: '2026-11-19' }))).toContain('已经过去');
    expect(text(await call('searchTrains', { from: '北京', to: '上海', date: '2026-12-05' }))).toMatch(/预售 15 天.*2026-12-04/);
    expect(text(await call('searchTrains', { from: '北京', to: '上海', date: '2026-12-04' }))).toContain('可购 11 趟车');
    const gone = await call('bookTickets', { trainId: 'G101_2026-11-20_BJP_SHH', passengerIds: ['p1'] });
    expect(text(gone)).toContain('已于 06:30 发车');
  });

  it('says 售罄 when the asked class is sold out, offers what is left, and books nothing', async () => {
    const search = await call('searchTrains', { from: '北京', to: '上海', date: TOMORROW, departTime: '14:00', seat: 'business' });
    expect(data(search).trains[0].seats[2]).toMatchObject({ seatClass: 'business', left: 0 });
    expect(text(search)).toMatch(/G113 商务座已售罄，无票。可以改选本车次的一等座（余 20 张）、二等座（余 10 张），或改乘同样有商务座的 G115 15:00/);
    const before = app.services.orders.length;
    const book = await raw('bookTickets', { trainId: 'G113_2026-11-21_BJP_SHH', seat: 'business', passengerIds: ['p1'] }, { grants: {} });
    expect(book.kind).toBe('result'); // refused before any passenger data is asked for
    expect((book as Result).envelope.isError).toBe(true);
    expect(text(book as Result)).toContain('商务座已售罄');
    expect(app.services.orders.length).toBe(before);
  });

  it('lists passengers with the words people use for them, ID numbers masked', async () => {
    const out = await call('listPassengers');
    expect(data(out).passengers).toEqual([
      expect.objectContaining({ id: 'p1', name: '张伟', relation: 'self', idNumber: '1101**********1234', aliases: expect.arrayContaining(['我', '自己', '本人', 'me', 'myself']) }),
      expect.objectContaining({ id: 'p2', name: '李娜', relation: 'spouse', aliases: expect.arrayContaining(['老婆', '妻子', '爱人', 'wife', 'husband']) }),
    ]);
    expect(JSON.stringify(out.envelope)).not.toContain('110105199001011234');
  });

  it('books G115 second class for p1 at ¥606.50 after consent, one line per passenger, and holds the seat', async () => {
    const args = { trainId: 'G115_2026-11-21_BJP_SHH', seat: 'second', passengerIds: ['p1'] };
    expect(await raw('bookTickets', args, { grants: {} })).toMatchObject({ kind: 'consent-required', scope: 'scope.passengers' });
    const out = await call('bookTickets', args);
    expect(out.envelope.isError).toBe(false);
    expect(out.orders).toEqual([expect.objectContaining({ amount: 606.5, status: 'created', notifyApi: 'onTicketsPaid' })]);
    expect(lastOrder().lines).toEqual([{ ref: 'G115', name: 'G115 北京南→上海虹桥 二等座 张伟', qty: 1, unitPrice: 606.5, options: { date: TOMORROW, from: 'BJP', to: 'SHH', seat: 'second', passenger: 'p1' } }]);
    expect(text(out)).toMatch(/已为 张伟 锁定 G115 2026-11-21 北京南 15:00→上海虹桥 19:33 二等座 1 张，共 ¥606\.50，待支付.*请展示订单确认卡片/);
    expect(await seatsLeft('北京', '上海', 'G115', 'second')).toBe(11);
    const [shared] = await app.store.query<{ value: Record<string, any> }>(`SELECT value FROM app_storage WHERE app_id = 'rail' AND user_id = $1 AND key = 'bookings'`, [SHARED_STORAGE_USER]);
    expect(shared?.value[lastOrder().orderId]).toMatchObject({ number: 'G115', date: TOMORROW, seat: 'second', status: 'held', tickets: [{ passengerId: 'p1', status: 'held', seatNo: null }] });
    const [mine] = await app.store.query<{ value: string[] }>(`SELECT value FROM app_storage WHERE app_id = 'rail' AND user_id = 'demo' AND key = 'myBookingIds'`);
    expect(mine?.value).toEqual([lastOrder().orderId]);
    expect(await seatsLeft('北京', '上海', 'G115', 'second', new Date(TEN_AM.getTime() + 31 * 60_000))).toBe(12); // the 30-minute hold lapsed
    const again = await call('bookTickets', args);
    expect(text(again)).toContain('同一乘车人同一车次不能重复购票');
  });

  it('issues seats only once the payment service says paid; a declined order releases its seats', async () => {
    const orderId = lastOrder().orderId;
    const early = await call('onTicketsPaid', { orderId, status: 'paid' }, { mode: 'system' });
    expect(text(early)).toContain('还没有支付成功');
    const paid = await pay(orderId);
    expect(text(paid)).toMatch(/^支付成功，已为您预订 G115 二等座：张伟 05车01A。2026-11-21 15:00 从北京南出发/);
    expect(data(paid).tickets[0]).toMatchObject({ status: 'paid', seatNo: '05车01A', idNumber: '1101**********1234' });

    const two = await call('bookTickets', { trainId: 'G107_2026-11-21_BJP_NJH', seat: 'first', passengerIds: ['p1', 'p2'] });
    const order = lastOrder();
    expect(order.amount).toBe(1514);
    expect(order.lines.map((l) => [l.ref, l.unitPrice, l.options?.passenger])).toEqual([['G107', 757, 'p1'], ['G107', 757, 'p2']]);
    expect(await seatsLeft('北京南', '南京南', 'G107', 'first')).toBe(9);
    order.status = 'canceled';
    const canceled = await call('onTicketsPaid', { orderId: data(two).orderId, status: 'canceled' }, { mode: 'system' });
    expect(text(canceled)).toMatch(/订单已取消，未支付，不会扣款，座位已释放/);
    expect(await seatsLeft('北京南', '南京南', 'G107', 'first')).toBe(11);
    expect(text(await call('onTicketsPaid', { orderId, status: 'canceled' }, { mode: 'system' }))).toContain('不能取消');
  });

  it('shares one world: seats sold to one user are gone for the next', async () => {
    const first = await call('bookTickets', { trainId: 'G115_2026-11-21_BJP_SHH', seat: 'first', passengerIds: ['p2'] });
    expect(first.envelope.isError).toBe(false);
    await call('bookTickets', { trainId: 'G115_2026-11-21_BJP_SHH', seat: 'first', passengerIds: ['p1'] }, { userId: 'alice' });
    const none = await call('bookTickets', { trainId: 'G115_2026-11-21_BJP_SHH', seat: 'first', passengerIds: ['p1'] }, { userId: 'bob', grants: {} });
    expect(text(none)).toMatch(/G115 2026-11-21 北京南→上海虹桥 一等座已售罄/);
    const tooMany = await call('bookTickets', { trainId: 'G103_2026-11-21_BJP_SHH', passengerIds: ['p1', 'p2'] });
    expect(text(tooMany)).toMatch(/G103 .*二等座只剩 1 张，不够 2 人。可以改选本车次的/);
    const ruleSoldOut = await call('bookTickets', { trainId: 'G104_2026-11-21_SHH_BJP', seat: 'first', passengerIds: ['p1'] });
    expect(text(ruleSoldOut)).toContain('一等座已售罄');
    const whom = await call('bookTickets', { trainId: 'G117_2026-11-21_BJP_SHH' });
    expect(text(whom)).toMatch(/请问给哪几位乘车人购票？您的乘车人有：张伟、李娜（passengerIds 来自 listPassengers）/);
    const onlyOne = await call('bookTickets', { trainId: 'G117_2026-11-21_BJP_SHH' }, { userId: 'alice' });
    expect(lastOrder().lines.map((l) => l.options?.passenger)).toEqual(['p1']);
    expect(data(onlyOne).tickets[0]).toMatchObject({ passengerName: '陈爱丽', seat: 'second', price: 606.5 });
    const unknown = await call('bookTickets', { trainId: 'G117_2026-11-21_BJP_SHH', passengerIds: ['p9'] });
    expect(text(unknown)).toMatch(/没有找到乘车人 p9。您的乘车人有：张伟、李娜/);
    const denied = await call('bookTickets', { trainId: 'G117_2026-11-21_BJP_SHH', passengerIds: ['p1'] }, { grants: { 'scope.passengers': 'denied' } });
    expect(text(denied)).toMatch(/实名制.*车站窗口/);
  });

  it('lists my tickets and refunds one before departure: fare minus 5% (at least ¥2), seat back on sale', async () => {
    const mine = data(await call('listMyTickets')).tickets as { id: string; number: string; status: string; price: number }[];
    const g115 = mine.find((t) => t.number === 'G115' && t.status === 'paid')!;
    expect(g115).toMatchObject({ price: 606.5, passengerName: '张伟', seatNo: '05车01A' });
    expect(data(await call('listMyTickets', {}, { userId: 'bob' })).tickets).toEqual([]);

    const before = await seatsLeft('北京', '上海', 'G115', 'second');
    const out = await call('refundTicket', { ticketId: g115.id });
    expect(text(out)).toMatch(/^已退票：G115 .*票价 ¥606\.50，退票费 ¥30\.33，退款 ¥576\.17 将原路退回/);
    const order = app.services.orders.find((o) => g115.id.startsWith(o.orderId))!;
    expect(order).toMatchObject({ refunded: 576.17, status: 'partially_refunded' });
    expect(await seatsLeft('北京', '上海', 'G115', 'second')).toBe(before + 1);
    expect(text(await call('refundTicket', { ticketId: g115.id }))).toContain('已经退过');
    expect(data(await call('listMyTickets', { includeHistory: true })).tickets.find((t: { id: string }) => t.id === g115.id)).toMatchObject({ status: 'refunded', refundFee: 30.33 });

    const held = mine.find((t) => t.status === 'held')!;
    expect(text(await call('refundTicket', { ticketId: held.id }))).toContain('无需退票');
    expect(text(await call('refundTicket', { ticketId: 'ord_404-1' }))).toContain('listMyTickets');
  });

  it('rounds the 5% fee to the fen and refuses a refund after departure', async () => {
    await call('bookTickets', { trainId: 'G851_2026-11-21_ICW_CUW', passengerIds: ['p1'] }); // 292 km × 0.46 = ¥134.50
    const short = lastOrder();
    await pay(short.orderId);
    const ticket = `${short.orderId}-1`;
    const late = await call('refundTicket', { ticketId: ticket }, { at: new Date('2026-11-21T00:00:00Z') }); // 08:00, after 07:40
    expect(text(late)).toContain('开车后不能在线退票');
    expect(text(await call('refundTicket', { ticketId: ticket }))).toMatch(/退票费 ¥6\.73，退款 ¥127\.77/);

    await call('bookTickets', { trainId: 'G751_2026-11-21_SHH_HZH', passengerIds: ['p1'] }, { userId: 'alice' }); // 159 × 0.46 = ¥73.00
    const cheap = lastOrder();
    await pay(cheap.orderId, 'alice');
    const fee = await call('refundTicket', { ticketId: `${cheap.orderId}-1` }, { userId: 'alice', locale: 'en' });
    expect(text(fee)).toMatch(/^Refunded: G751 .*fare ¥73\.00, fee ¥3\.65, ¥69\.35 goes back/);
  });

  it('passes its own contract examples on a fresh install', async () => {
    await expectOwnExamplesPass(app);
  });
});

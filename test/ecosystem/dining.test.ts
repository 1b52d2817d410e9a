import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/index.ts';
import type { MiniProgramPackage } from '../../src/package/index.ts';
import { scratchServices, SHARED_STORAGE_USER, type PageSession } from '../../src/runtime/index.ts';
import { requireFromPackage } from '../pages/package-module.ts';
import { at, ok, pageText as text, settle } from '../pages/page-steps.ts';
import { loadPackageFolder, usePackageRuntime } from '../support/package-runtime.ts';

// 好饭订座 TableReady (pages only, automatic mode): the deposit, room and capacity rules of
// dining.json, "fully booked" by its FNV-1a rule, times suggested instead, and the package shape.
const PACKAGE = new URL('../../ecosystem/packages/dining', import.meta.url).pathname;

type Room = 'hall' | 'private';
interface Request { restaurantId: string; date: string; time: string; partySize: number | string; room: Room | string }
interface Checked { ok: boolean; code?: string; params?: Record<string, unknown>; deposit?: number; tablesLeft?: number }
type TakenOf = (date: string, time: string, room: string) => number;
interface RulesModule {
  checkBooking(request: Request, now: { date: string; time: string }, takenOf: TakenOf): Checked;
  bookedOut(restaurantId: string, date: string, time: string, room: string): boolean;
  fnv1a(text: string): number;
  allSlots(): string[];
}
interface SearchModule { searchRestaurants(filters: Record<string, string>): { id: string }[] }

/** 2026-11-20 10:00 Beijing time, the scenarios' clock. */
const NOW = { date: '2026-11-20', time: '10:00' };
const none: TakenOf = () => 0;
const TOMORROW = '2026-11-21';

describe('dining mini-program (好饭订座)', () => {
  let pkg: MiniProgramPackage;
  let rules: RulesModule;
  let search: SearchModule;
  const check = (request: Partial<Request>, takenOf: TakenOf = none) =>
    rules.checkBooking({ restaurantId: 'rt2', date: TOMORROW, time: '19:30', partySize: 2, room: 'hall', ...request }, NOW, takenOf);

  beforeAll(async () => {
    pkg = await loadPackageFolder(PACKAGE);
    rules = requireFromPackage<RulesModule>(pkg, 'utils/rules.js');
    search = requireFromPackage<SearchModule>(pkg, 'utils/search.js');
  });

  it('is a pages-only package with a booking form that pays the deposit', () => {
    expect(pkg.appId).toBe('dining');
    expect(pkg.skills).toEqual([]);
    expect(pkg.app.agent).toBeUndefined();
    expect(pkg.pageMeta).toEqual([]);
    const booking = pkg.pages.find((p) => p.path === 'pages/booking/booking');
    expect(booking?.wxml).toContain('bindsubmit="onSubmitBooking"');
    expect(booking?.js).toContain('wx.requestPayment');
  });

  it('uses 32-bit FNV-1a over the key, as the data file states', () => {
    expect(rules.fnv1a('')).toBe(2166136261);
    expect(rules.fnv1a('a')).toBe(0xe40c292c);
    expect(rules.bookedOut('rt2', TOMORROW, '18:00', 'hall')).toBe(true);
    expect(rules.bookedOut('rt2', TOMORROW, '19:30', 'hall')).toBe(false);
  });

  it('takes the deposit of the room: hall 50, private room 200', () => {
    expect(check({ restaurantId: 'rt8', time: '19:00', partySize: 2, room: 'hall' })).toMatchObject({ ok: true, deposit: 50 });
    expect(check({ restaurantId: 'rt1', time: '18:30', partySize: 4, room: 'private' })).toMatchObject({ ok: true, deposit: 200, tablesLeft: 6 });
  });

  it('says a full slot is full and suggests the nearest free times of that day', () => {
    const out = check({ time: '18:00', partySize: 5 });
    expect(out).toMatchObject({ ok: false, code: 'slotFull', params: { time: '18:00', room: 'hall', suggestions: ['17:30', '18:30', '17:00'] } });
    expect(check({ time: '19:30', partySize: 5 })).toMatchObject({ ok: true, deposit: 50 });
  });

  it('counts the tables our bookings hold: the last private room taken means full', () => {
    const taken: TakenOf = (date, time, room) => (date === TOMORROW && time === '19:00' && room === 'private' ? 1 : 0);
    expect(check({ restaurantId: 'rt4', time: '19:00', room: 'private' })).toMatchObject({ ok: true, tablesLeft: 1 });
    expect(check({ restaurantId: 'rt4', time: '19:00', room: 'private' }, taken)).toMatchObject({ ok: false, code: 'slotFull' });
  });

  it('enforces the room rules: private minimum, hall up to 8, rooms a restaurant lacks', () => {
    expect(check({ partySize: 5, room: 'private' })).toMatchObject({ ok: false, code: 'privateTooFew', params: { min: 6 } });
    expect(check({ partySize: 6, room: 'private' })).toMatchObject({ ok: true, deposit: 200 });
    expect(check({ partySize: 9, room: 'hall' })).toMatchObject({ ok: false, code: 'hallTooMany', params: { max: 8 } });
    expect(check({ partySize: 8, room: 'hall' })).toMatchObject({ ok: true });
    expect(check({ restaurantId: 'rt1', time: '18:30', partySize: 4, room: 'hall' })).toMatchObject({ ok: false, code: 'noHall' });
    expect(check({ restaurantId: 'rt5', partySize: 4, room: 'private' })).toMatchObject({ ok: false, code: 'noPrivate' });
  });

  it('refuses dates and times outside the booking window and the slots', () => {
    expect(check({ date: '2026-11-19' })).toMatchObject({ ok: false, code: 'pastDate' });
    expect(check({ date: '2026-12-20' })).toMatchObject({ ok: false, code: 'tooFar', params: { lastDate: '2026-12-19' } });
    expect(check({ date: '2026-02-30' })).toMatchObject({ ok: false, code: 'badDate' });
    expect(check({ time: '15:00' })).toMatchObject({ ok: false, code: 'badTime' });
    expect(check({ date: NOW.date, time: '11:00' })).toMatchObject({ ok: true });
    expect(rules.checkBooking({ restaurantId: 'rt2', date: NOW.date, time: '11:00', partySize: 2, room: 'hall' }, { date: NOW.date, time: '11:00' }, none))
      .toMatchObject({ ok: false, code: 'pastTime' });
    expect(check({ partySize: 0 })).toMatchObject({ ok: false, code: 'badParty' });
    expect(check({ partySize: 'two' })).toMatchObject({ ok: false, code: 'badParty' });
    expect(check({ room: 'terrace' })).toMatchObject({ ok: false, code: 'badRoom' });
    expect(check({ restaurantId: 'rt99' })).toMatchObject({ ok: false, code: 'unknownRestaurant' });
  });

  it('finds restaurants by city, tag, area, cuisine and keyword', () => {
    expect(search.searchRestaurants({ city: '北京', tag: '商务宴请' }).map((r) => r.id)).toEqual(['rt1', 'rt3']);
    expect(search.searchRestaurants({ city: '北京', area: '三里屯' }).map((r) => r.id)).toEqual(['rt2', 'rt5']);
    expect(search.searchRestaurants({ city: '上海', cuisine: '本帮菜' }).map((r) => r.id)).toEqual(['rt6', 'rt7']);
    expect(search.searchRestaurants({ keyword: 'pure heart' }).map((r) => r.id)).toEqual(['rt8']);
  });
});

describe('dining pages (好饭订座, driven as a person uses them)', () => {
  const services = scratchServices({});
  const app = usePackageRuntime(PACKAGE, { services, clock: fixedClock('2026-11-20T10:00:00+08:00', 'Asia/Shanghai', { frozen: true }) });
  const open = (userId: string, locale: 'zh_CN' | 'en' = 'zh_CN') => app.runtime.openPages({ appId: 'dining', userId, locale });
  const bookings = async (): Promise<Record<string, Record<string, unknown>>> => {
    const rows = await app.store.query<{ value: Record<string, Record<string, unknown>> }>(
      `SELECT value FROM app_storage WHERE app_id = 'dining' AND user_id = $1 AND key = 'bookings'`, [SHARED_STORAGE_USER]);
    return rows[0]?.value ?? {};
  };
  const lastOrder = () => services.orders[services.orders.length - 1]!;
  const canSubmit = (session: PageSession) => session.state().actions.some((a) => a.label.includes('支付订金'));

  it('finds a restaurant for a business dinner and books its private room for 4 tomorrow at 18:30 (deposit 200)', async () => {
    const session = open('demo');
    ok(await session.open());
    const filtered = ok(await session.tap(at(session, 'onSelectTag', { value: '商务宴请' }))).state;
    expect(text(filtered)).toContain('京华宴');
    expect(text(filtered)).toContain('海港粤菜');
    expect(text(filtered)).not.toContain('川渝人家');
    const detail = ok(await session.tap(at(session, 'onSelectRestaurant', { id: 'rt1' }))).state;
    expect(text(detail)).toContain('仅提供包间 Private rooms only');
    const form = ok(await session.tap(at(session, 'onBookTable', { room: 'private' }))).state;
    expect(form).toMatchObject({ path: 'pages/booking/booking', query: { id: 'rt1', room: 'private' } });
    expect(form.data).toMatchObject({ room: 'private', partySize: 4, date: '2026-11-20' });
    ok(await session.tap(at(session, 'onSelectDate', { date: '2026-11-21' })));
    const ready = ok(await session.tap(at(session, 'onSelectTime', { time: '18:30' }))).state;
    expect(text(ready)).toContain('2026-11-21 18:30 包间可订，需支付订金 ¥200');

    const waiting = ok(await session.tap(at(session, '支付订金'))).state;
    expect(waiting.payment).toMatchObject({ amount: 200 });
    expect(lastOrder()).toMatchObject({
      amount: 200, lines: [{ ref: 'rt1', qty: 1, unitPrice: 200, options: { date: '2026-11-21', time: '18:30', partySize: 4, room: 'private' } }],
    });
    const paid = ok(await session.confirmPayment(true, settle)).state;
    expect(paid.path).toBe('pages/result/result');
    expect(text(paid)).toContain('预订成功');
    expect((await bookings())[lastOrder().orderId]).toMatchObject({ status: 'paid', restaurant: 'rt1', date: '2026-11-21', time: '18:30', partySize: 4, room: 'private', deposit: 200 });
    session.close();
  });

  it('says 18:00 is full, suggests other times, then books 19:30 for 5 in the hall (deposit 50)', async () => {
    const session = open('demo');
    ok(await session.open('pages/booking/booking', { id: 'rt2' }));
    ok(await session.tap(at(session, 'onSelectDate', { date: '2026-11-21' })));
    ok(await session.input(at(session, 'onPartySizeInput'), '5'));
    const full = ok(await session.tap(at(session, 'onSelectTime', { time: '18:00' }))).state;
    expect(text(full)).toContain('川渝人家 2026-11-21 18:00 的大厅已订满。同一天还可以订：17:30、18:30、17:00');
    expect(text(full)).toContain('18:00 已满 Full');
    expect(canSubmit(session)).toBe(false);
    const orders = services.orders.length;

    ok(await session.tap(at(session, 'onSelectTime', { time: '19:30' })));
    ok(await session.tap(at(session, '支付订金')));
    expect(services.orders.length).toBe(orders + 1);
    expect(lastOrder()).toMatchObject({ amount: 50, lines: [{ ref: 'rt2', options: { date: '2026-11-21', time: '19:30', partySize: 5, room: 'hall' } }] });
    ok(await session.confirmPayment(true, settle));
    session.close();
  });

  it('enforces the room rules on the form: the private-room minimum and the 8-person hall table', async () => {
    const session = open('demo');
    ok(await session.open('pages/booking/booking', { id: 'rt2', date: '2026-11-21', time: '19:30', partySize: '5', room: 'private' }));
    expect(text(session.state())).toContain('川渝人家的包间 6 人起订，5 人请改订大厅。');
    expect(canSubmit(session)).toBe(false);
    ok(await session.tap(at(session, 'onPartyPlus')));
    expect(text(session.state())).toContain('包间可订，需支付订金 ¥200');
    ok(await session.tap(at(session, 'onSelectRoom', { room: 'hall' })));
    ok(await session.input(at(session, 'onPartySizeInput'), '9'));
    expect(text(session.state())).toContain('大厅每桌最多 8 人，9 人请改订包间。');
    expect(canSubmit(session)).toBe(false);
    session.close();
  });

  it('books a hall table for an English diner straight from the query', async () => {
    const session = open('alice', 'en');
    const form = ok(await session.open('pages/booking/booking', { id: 'rt8', date: '2026-11-21', time: '19:00', partySize: '2', room: 'hall' })).state;
    expect(text(form)).toContain('A hall table on 2026-11-21 at 19:00 is available. A refundable deposit of ¥50');
    ok(await session.tap(at(session, '支付订金')));
    expect(lastOrder()).toMatchObject({ amount: 50, lines: [{ ref: 'rt8', options: { date: '2026-11-21', time: '19:00', partySize: 2, room: 'hall' } }] });
    const paid = ok(await session.confirmPayment(true, settle)).state;
    expect(paid.path).toBe('pages/result/result');
    expect(text(paid)).toContain('Booked');
    session.close();
  });

  it('gives the last private room to one diner; a cancellation refunds the deposit and frees it for the next', async () => {
    const demo = open('demo');
    ok(await demo.open('pages/booking/booking', { id: 'rt4', date: '2026-11-21', time: '19:00', partySize: '2', room: 'private' }));
    ok(await demo.tap(at(demo, '支付订金')));
    const orderId = lastOrder().orderId;
    ok(await demo.confirmPayment(true, settle));

    const alice = open('alice', 'en');
    ok(await alice.open('pages/booking/booking', { id: 'rt4', date: '2026-11-21', time: '19:00', partySize: '2', room: 'private' }));
    expect(text(alice.state())).toContain('Courtyard Kitchen is fully booked for a private room on 2026-11-21 at 19:00. Still free that day: 18:30, 19:30, 18:00.');
    expect(canSubmit(alice)).toBe(false);

    const asked = ok(await demo.tap(at(demo, 'onCancelBooking'))).state;
    expect(asked.modals[0]?.content).toContain('订金 ¥200 全额退回');
    const canceled = ok(await demo.answerModal(true)).state;
    expect(text(canceled)).toContain('预订已取消，订金 ¥200 已原路退回。');
    expect(services.refunds).toContainEqual(expect.objectContaining({ orderId, amount: 200 }));
    expect((await bookings())[orderId]).toMatchObject({ status: 'canceled' });

    ok(await alice.open('pages/booking/booking', { id: 'rt4', date: '2026-11-21', time: '19:00', partySize: '2', room: 'private' }));
    expect(text(alice.state())).toContain('A private room on 2026-11-21 at 19:00 is available');
    demo.close();
    alice.close();
  });

  it('releases a table whose deposit was declined', async () => {
    const session = open('demo');
    ok(await session.open('pages/booking/booking', { id: 'rt7', date: '2026-11-21', time: '12:00', partySize: '6', room: 'private' }));
    ok(await session.tap(at(session, '支付订金')));
    const orderId = lastOrder().orderId;
    const declined = ok(await session.confirmPayment(false, settle)).state;
    expect(text(declined)).toContain('订金未支付（cancel），座位没有保留，也没有扣款。');
    expect((await bookings())[orderId]).toMatchObject({ status: 'unpaid' });
    expect(text(declined)).toContain('包间可订'); // rt7 has one private room: free again
    session.close();
  });
});

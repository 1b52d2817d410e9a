import { describe, expect, it } from 'vitest';
import { SHARED_STORAGE_USER } from '../../src/runtime/index.ts';
import { apiCaller, expectOwnExamplesPass, resultData as data, resultText as text, scenarioClock } from '../support/package-calls.ts';
import { usePackageRuntime } from '../support/package-runtime.ts';

// 晨光咖啡 Dawn Coffee, installed from ecosystem/packages/coffee and called through the real
// sandbox: prices, option rules, opening hours, same-city delivery, consent, receipts, storage.
const PACKAGE = new URL('../../ecosystem/packages/coffee', import.meta.url).pathname;
const ADDRESSES: Record<string, { addresses: Record<string, string>[] }> = {
  demo: { addresses: [
    { id: 'home', label: '家', contact: '张伟', phone: '13800138000', city: '北京', text: '北京市朝阳区光华路8号 3号楼1502' },
    { id: 'work', label: '公司', contact: '张伟', phone: '13800138000', city: '北京', text: '北京市朝阳区建国门外大街1号 国贸大厦A座1806' },
  ] },
  alice: { addresses: [{ id: 'home', label: 'Home', contact: 'Alice Chen', phone: '13900139000', city: '上海', text: '上海市静安区南京西路1266号 恒隆广场2座2101' }] },
};
const addressesOf = (id: string) => ADDRESSES[id];

/** 2026-11-20 10:00 in Shanghai, the scenarios' clock. */
const TEN_AM = new Date('2026-11-20T02:00:00Z');
const LATE = new Date('2026-11-20T14:30:00Z');

describe('coffee mini-program (晨光咖啡)', () => {
  /** The user's data as the payment service hands it out (the same whoever calls). */
  let userData: Record<string, unknown> = {};
  /** The hub's clock, which the sandbox's Date follows. */
  const clock = scenarioClock(TEN_AM);
  const app = usePackageRuntime(PACKAGE, { clock, userData: (scope) => userData[scope] });

  /** Calls as `demo` (address access granted) at 10:00 Shanghai time unless `at` says otherwise. */
  const { raw, call } = apiCaller(app, { appId: 'coffee', userId: 'demo', grants: { 'scope.address': 'granted' } }, clock);
  const lastOrder = () => app.services.orders[app.services.orders.length - 1]!;
  const sharedOrders = async () => {
    const rows = await app.store.query<{ value: Record<string, any> }>(`SELECT value FROM app_storage WHERE app_id = 'coffee' AND user_id = $1 AND key = 'orders'`, [SHARED_STORAGE_USER]);
    return rows[0]?.value ?? {};
  };

  it('lists stores with ids, names, aliases and city, the asked city first', async () => {
    const out = await call('listStores', { city: '上海' });
    const stores = data(out).stores as { id: string; city: string; isOpen: boolean; aliases: string[] }[];
    expect(stores.map((s) => s.id)).toEqual(['s3', 's1', 's2']);
    expect(stores[0]).toMatchObject({ name: '陆家嘴店', nameEn: 'Lujiazui', city: '上海', isOpen: true });
    expect(stores.find((s) => s.id === 's1')?.aliases).toContain('国贸');
    expect(text(out)).toContain('上海有 1 家门店');
  });

  it('serves the menu with drink ids, prices and the options each drink allows', async () => {
    const out = await call('getMenu');
    const drinks = data(out).drinks as { id: string; price: number; aliases: string[]; temperatures: string[] }[];
    expect(drinks).toHaveLength(16);
    expect(drinks.find((d) => d.id === 'd01')).toMatchObject({ name: '美式咖啡', price: 15 });
    expect(drinks.find((d) => d.id === 'd01')?.aliases).toContain('美式');
    expect(drinks.find((d) => d.id === 'd09')?.temperatures).toEqual(['iced', 'less_ice']);
    // the price list is a map, so nothing but drinks reads as a list of things to pick
    expect(data(out).extras).toEqual({ size: { M: 0, L: 3, XL: 6 }, milk: { whole: 0, oat: 3, skim: 0 }, extraShot: 4, deliveryFee: 5 });
  });

  it('prices 「国贸店大杯冰拿铁，少糖，自取」 at ¥21.00 and creates the exact order, unpaid', async () => {
    const out = await call('placeOrder', { storeId: 's1', items: [{ drinkId: 'd02', size: 'L', temperature: 'iced', sugar: 'less' }] });
    expect(out.envelope.isError).toBe(false);
    expect(out.orders).toEqual([expect.objectContaining({ amount: 21, status: 'created', notifyApi: 'onPaymentResult' })]);
    const order = lastOrder();
    expect(order.meta).toEqual({ store: 's1', fulfilment: 'pickup' });
    expect(order.lines).toEqual([{ ref: 'd02', name: '拿铁（大杯/冰/少糖/全脂奶）', qty: 1, unitPrice: 21, options: { size: 'L', temperature: 'iced', sugar: 'less', milk: 'whole' } }]);
    expect(text(out)).toMatch(/已生成订单.*¥21\.00.*请展示订单确认卡片/);
    expect(data(out)).toMatchObject({ status: 'created', total: 21, store: { id: 's1' }, fulfilment: 'pickup' });
    expect((await sharedOrders())[order.orderId]).toMatchObject({ status: 'created', total: 21 });
  });

  it('applies every price rule: sizes, oat milk (free on the oat latte), extra shot; options only for what applies', async () => {
    const out = await call('placeOrder', {
      storeId: 's2',
      items: [
        { drinkId: 'd02', milk: 'oat' }, // 18 + 3
        { drinkId: 'd03', size: 'XL', milk: 'oat', extraShot: true }, // 21 + 6 + 0 + 4
        { drinkId: 'd01', qty: 2, size: 'L' }, // (15 + 3) × 2, no milk
      ],
    });
    expect(out.envelope.isError).toBe(false);
    const order = lastOrder();
    expect(order.lines.map((l) => [l.ref, l.qty, l.unitPrice])).toEqual([['d02', 1, 21], ['d03', 1, 31], ['d01', 2, 18]]);
    expect(order.amount).toBe(88);
    expect(order.lines[2]!.options).toEqual({ size: 'L', temperature: 'hot', sugar: 'standard' });
    expect(order.lines[1]!.options).toMatchObject({ milk: 'oat', extraShot: true });
    expect(order.lines[0]!.options).not.toHaveProperty('extraShot');
  });

  it('orders two drinks in one order (¥40.00) and serves an iced-only drink iced by default', async () => {
    const two = await call('placeOrder', { storeId: 's1', items: [{ drinkId: 'd01', size: 'L', temperature: 'hot' }, { drinkId: 'd06', temperature: 'iced', sugar: 'half' }] });
    expect(lastOrder().amount).toBe(40);
    expect(data(two).items).toHaveLength(2);
    await call('placeOrder', { storeId: 's1', items: [{ drinkId: 'd09' }] });
    expect(lastOrder().lines[0]!.options).toMatchObject({ temperature: 'iced' });
  });

  it('refuses what the menu does not allow, saying why and what to do instead', async () => {
    const before = app.services.orders.length;
    const hotColdBrew = await call('placeOrder', { storeId: 's1', items: [{ drinkId: 'd09', temperature: 'hot' }] });
    expect(hotColdBrew.envelope.isError).toBe(true);
    expect(text(hotColdBrew)).toMatch(/冷萃咖啡只做冰、少冰.*可以改选/);
    expect(text(await call('placeOrder', { storeId: 's1', items: [{ drinkId: 'd01', milk: 'oat' }] }))).toContain('不加奶');
    expect(text(await call('placeOrder', { storeId: 's1', items: [{ drinkId: 'd10', extraShot: true }] }))).toContain('不能加浓缩');
    expect(text(await call('placeOrder', { storeId: 's9', items: [{ drinkId: 'd01' }] }))).toContain('listStores');
    expect(text(await call('placeOrder', { storeId: 's1', items: [{ drinkId: 'latte' }] }))).toContain('getMenu');
    expect(app.services.orders.length).toBe(before);
  });

  it('takes no order when the store is closed and names a store that is open', async () => {
    const out = await call('placeOrder', { storeId: 's1', items: [{ drinkId: 'd01' }] }, { at: LATE }); // 22:30
    expect(out.envelope.isError).toBe(true);
    expect(text(out)).toMatch(/国贸店已打烊，现在不在营业时间（07:00–21:00）/);
    const stores = data(await call('listStores', { city: '北京' }, { at: LATE })).stores as { id: string; isOpen: boolean }[];
    expect(stores.map((s) => s.isOpen)).toEqual([false, false, false]);
  });

  it('delivers within the store city only, with the ¥5 fee once per order, after the user consents to the address read', async () => {
    userData = { 'scope.address': addressesOf('alice') };
    const args = { storeId: 's3', fulfilment: 'delivery', items: [{ drinkId: 'd08', qty: 2, size: 'L', temperature: 'iced' }] };
    const asked = await raw('placeOrder', args, { userId: 'alice', grants: {} });
    expect(asked).toMatchObject({ kind: 'consent-required', scope: 'scope.address' });
    const out = await call('placeOrder', args, { userId: 'alice', locale: 'en' });
    expect(out.envelope.isError).toBe(false);
    const order = lastOrder();
    expect(order.amount).toBe(55);
    expect(order.meta).toEqual({ store: 's3', fulfilment: 'delivery', address: 'home' });
    expect(order.lines.map((l) => [l.ref, l.qty, l.unitPrice])).toEqual([['d08', 2, 25], ['delivery_fee', 1, 5]]);
    expect(text(out)).toMatch(/^Order created \(not paid yet\): Lujiazui, delivered to "Home"/);

    userData = { 'scope.address': addressesOf('demo') };
    const farAway = await call('placeOrder', { storeId: 's3', fulfilment: 'delivery', addressId: 'home', items: [{ drinkId: 'd01' }] });
    expect(text(farAway)).toMatch(/同城配送/);
    const which = await call('placeOrder', { storeId: 's1', fulfilment: 'delivery', items: [{ drinkId: 'd01' }] });
    expect(text(which)).toMatch(/多个收货地址：家、公司/);
    await call('placeOrder', { storeId: 's1', addressId: 'work', items: [{ drinkId: 'd01' }] });
    expect(lastOrder().meta).toEqual({ store: 's1', fulfilment: 'delivery', address: 'work' });
    const refused = await call('placeOrder', args, { grants: { 'scope.address': 'denied' } });
    expect(refused.envelope.isError).toBe(true);
    expect(text(refused)).toContain('可以改为到店自取');
  });

  it('lists the user addresses with aliases for the planner', async () => {
    userData = { 'scope.address': addressesOf('demo') };
    const out = await call('listAddresses');
    expect(data(out).addresses).toEqual([
      expect.objectContaining({ id: 'home', name: '家', aliases: expect.arrayContaining(['家', 'home']) }),
      expect.objectContaining({ id: 'work', name: '公司', aliases: expect.arrayContaining(['公司', 'office']) }),
    ]);
    expect(out.scopesRead).toEqual(['scope.address']);
  });

  it('issues a pickup code only once the payment service says paid, and closes a declined order', async () => {
    await call('placeOrder', { storeId: 's2', items: [{ drinkId: 'd01' }] });
    const order = lastOrder();
    const early = await call('onPaymentResult', { orderId: order.orderId, status: 'paid' }, { mode: 'system' });
    expect(early.envelope.isError).toBe(true);
    expect(text(early)).toContain('还没有支付成功');
    order.status = 'paid';
    const paid = await call('onPaymentResult', { orderId: order.orderId, status: 'paid' }, { mode: 'system' });
    expect(text(paid)).toMatch(/支付成功，已下单.*取餐码 B101/);
    expect(data(paid)).toMatchObject({ status: 'paid', pickupCode: 'B101' });
    const again = await call('onPaymentResult', { orderId: order.orderId, status: 'paid' }, { mode: 'system' });
    expect(data(again).pickupCode).toBe('B101');

    await call('placeOrder', { storeId: 's2', items: [{ drinkId: 'd02' }] });
    const declined = lastOrder();
    declined.status = 'canceled';
    const canceled = await call('onPaymentResult', { orderId: declined.orderId, status: 'canceled' }, { mode: 'system' });
    expect(text(canceled)).toMatch(/已取消，未支付，不会扣款/);
    expect((await sharedOrders())[declined.orderId].status).toBe('canceled');
    expect(text(await call('onPaymentResult', { orderId: order.orderId, status: 'canceled' }, { mode: 'system' }))).toContain('已经支付');
  });

  it('shows each user only their own orders', async () => {
    const mine = data(await call('listMyOrders')).orders as { id: string; status: string; pickupCode: string | null }[];
    expect(mine.length).toBeGreaterThan(3);
    expect(mine.find((o) => o.pickupCode === 'B101')).toMatchObject({ status: 'paid' });
    const bobs = await call('listMyOrders', {}, { userId: 'bob' });
    expect(data(bobs).orders).toEqual([]);
    expect(text(bobs)).toContain('还没有晨光咖啡的订单');
  });

  it('passes its own contract examples on a fresh install', async () => {
    await expectOwnExamplesPass(app);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/index.ts';
import type { MiniProgramPackage } from '../../src/package/index.ts';
import { scratchServices, SHARED_STORAGE_USER, type ConsentScope, type GrantState } from '../../src/runtime/index.ts';
import { requireFromPackage } from '../pages/package-module.ts';
import { at, ok, pageText as text, settle } from '../pages/page-steps.ts';
import { loadPackageFolder, usePackageRuntime } from '../support/package-runtime.ts';

// 食刻外卖 FoodNow (pages only, automatic mode): the pricing and minimum-order rule of
// takeaway.json, the payment lines the ledger reads, and the package shape (no AI code).
const PACKAGE = new URL('../../ecosystem/packages/takeaway', import.meta.url).pathname;

interface Item { dishId: string; qty: number }
interface Priced {
  ok: boolean; code?: string; params?: Record<string, unknown>;
  subtotal?: number; deliveryFee?: number; total?: number; belowMinimum?: boolean; shortBy?: number;
  lines?: { ref: string; qty: number; unitPrice: number }[];
}
interface OrderModule {
  priceOrder(restaurant: string, items: Item[]): Priced;
  checkOrder(restaurant: string, items: Item[]): Priced;
  paymentLines(priced: Priced): { ref: string; name: string; qty: number; unitPrice: number }[];
  parseItems(text: string): Item[];
  formatItems(items: Item[]): string;
  canDeliver(restaurant: unknown, address: { city: string }): boolean;
  restaurantById(id: string): { city: string } | null;
  restaurantsInCity(city: string): { id: string }[];
}

const items = (text: string): Item[] => text.split(',').map((p) => ({ dishId: p.split(':')[0]!, qty: Number(p.split(':')[1]) }));

describe('takeaway mini-program (食刻外卖)', () => {
  let pkg: MiniProgramPackage;
  let order: OrderModule;

  beforeAll(async () => {
    pkg = await loadPackageFolder(PACKAGE);
    order = requireFromPackage<OrderModule>(pkg, 'utils/order.js');
  });

  it('is a pages-only package that declares the address scope it reads', () => {
    expect(pkg.appId).toBe('takeaway');
    expect(pkg.skills).toEqual([]);
    expect(pkg.app.agent).toBeUndefined();
    expect(pkg.pageMeta).toEqual([]);
    expect(pkg.app.permission?.['scope.address']?.desc).toBeTruthy();
    const checkout = pkg.pages.find((p) => p.path === 'pages/checkout/checkout');
    expect(checkout?.js).toContain('wx.getAddressList');
    expect(checkout?.js).toContain('wx.requestPayment');
  });

  it('prices the public scenarios: dishes plus the delivery fee', () => {
    const basic = order.checkOrder('r2', items('r2-1:1,r2-6:2'));
    expect(basic).toMatchObject({ ok: true, subtotal: 36, deliveryFee: 4, total: 40, belowMinimum: false });
    expect(order.paymentLines(basic)).toEqual([
      { ref: 'r2-1', name: '宫保鸡丁', qty: 1, unitPrice: 32 },
      { ref: 'r2-6', name: '米饭', qty: 2, unitPrice: 2 },
      { ref: 'delivery_fee', name: '配送费', qty: 1, unitPrice: 4 },
    ]);
    expect(order.checkOrder('r4', items('r4-2:1,r4-4:1'))).toMatchObject({ ok: true, total: 62 });
  });

  it('refuses an order below the minimum (dishes only), saying by how much', () => {
    const miso = order.checkOrder('r6', items('r6-5:1'));
    expect(miso).toMatchObject({ ok: false, code: 'belowMinimum', params: { minOrder: 50, subtotal: 8, shortBy: 42 } });
    // the delivery fee does not count towards the minimum: 28 of dishes + 5 fee is still below 30
    expect(order.checkOrder('r4', items('r4-3:1'))).toMatchObject({ ok: false, code: 'belowMinimum', params: { shortBy: 2 } });
    // exactly the minimum is enough
    expect(order.checkOrder('r2', items('r2-2:1,r2-6:4'))).toMatchObject({ ok: true, subtotal: 30, total: 34 });
  });

  it('merges repeated dishes and drops zero quantities', () => {
    const out = order.priceOrder('r1', items('r1-1:1,r1-1:2,r1-5:0'));
    expect(out.lines?.map((l) => [l.ref, l.qty])).toEqual([['r1-1', 3]]);
    expect(out.subtotal).toBe(66);
  });

  it('refuses unknown restaurants and dishes, bad quantities and an empty cart', () => {
    expect(order.priceOrder('r9', items('r9-1:1'))).toMatchObject({ ok: false, code: 'unknownRestaurant' });
    expect(order.priceOrder('r2', items('r4-1:1'))).toMatchObject({ ok: false, code: 'unknownDish', params: { id: 'r4-1' } });
    expect(order.priceOrder('r2', items('r2-1:1.5'))).toMatchObject({ ok: false, code: 'badQty' });
    expect(order.priceOrder('r2', items('r2-1:100'))).toMatchObject({ ok: false, code: 'badQty' });
    expect(order.priceOrder('r2', [])).toMatchObject({ ok: false, code: 'emptyCart' });
  });

  it('reads and writes the cart of a checkout URL', () => {
    expect(order.parseItems('r2-1:1,r2-6:2')).toEqual([{ dishId: 'r2-1', qty: 1 }, { dishId: 'r2-6', qty: 2 }]);
    expect(order.parseItems('r2-1%3A1%2Cr2-6')).toEqual([{ dishId: 'r2-1', qty: 1 }, { dishId: 'r2-6', qty: 1 }]);
    expect(order.parseItems('r2-1:1,%')).toEqual([{ dishId: 'r2-1', qty: 1 }, { dishId: '%', qty: 1 }]);
    expect(order.formatItems([{ dishId: 'r2-1', qty: 1 }, { dishId: 'r2-2', qty: 0 }, { dishId: 'r2-6', qty: 2 }])).toBe('r2-1:1,r2-6:2');
  });

  it('delivers only to addresses in the restaurant’s city', () => {
    expect(order.canDeliver(order.restaurantById('r2'), { city: '北京' })).toBe(true);
    expect(order.canDeliver(order.restaurantById('r6'), { city: '北京' })).toBe(false);
    expect(order.restaurantsInCity('上海').map((r) => r.id)).toEqual(['r5', 'r6']);
  });
});

/** The addresses of data/users.json, as wx.getAddressList returns them. */
const ADDRESSES: Record<string, unknown> = {
  demo: { addresses: [
    { id: 'home', label: '家', contact: '张伟', phone: '13800138000', city: '北京', text: '北京市朝阳区光华路8号 3号楼1502' },
    { id: 'work', label: '公司', contact: '张伟', phone: '13800138000', city: '北京', text: '北京市朝阳区建国门外大街1号 国贸大厦A座1806' },
  ] },
  alice: { addresses: [{ id: 'home', label: 'Home', contact: 'Alice Chen', phone: '13900139000', city: '上海', text: '上海市静安区南京西路1266号 恒隆广场2座2101' }] },
  bob: { addresses: [] },
};

describe('takeaway pages (食刻外卖, driven as a person uses them)', () => {
  const services = scratchServices((scope, call) => (scope === 'scope.address' ? ADDRESSES[call.userId] : undefined));
  const app = usePackageRuntime(PACKAGE, { services, clock: fixedClock('2026-11-20T10:00:00+08:00', 'Asia/Shanghai', { frozen: true }) });
  const open = (userId: string, options: { locale?: 'zh_CN' | 'en'; grants?: Partial<Record<ConsentScope, GrantState>> } = {}) =>
    app.runtime.openPages({ appId: 'takeaway', userId, ...options });
  const sharedOrders = async (): Promise<Record<string, Record<string, unknown>>> => {
    const rows = await app.store.query<{ value: Record<string, Record<string, unknown>> }>(
      `SELECT value FROM app_storage WHERE app_id = 'takeaway' AND user_id = $1 AND key = 'orders'`, [SHARED_STORAGE_USER]);
    return rows[0]?.value ?? {};
  };
  const lastOrder = () => services.orders[services.orders.length - 1]!;

  it('orders Kung Pao chicken and two rice from 川味小馆 to the office: asks for the address scope, pays 40.00', async () => {
    const session = open('demo');
    ok(await session.open());
    ok(await session.input(at(session, 'onSearchInput'), '宫保'));
    expect(text(session.state())).toContain('川味小馆');
    expect(text(session.state())).not.toContain('汉堡工坊');
    const menu = ok(await session.tap(at(session, 'onSelectRestaurant', { id: 'r2' }))).state;
    expect(menu).toMatchObject({ path: 'pages/menu/menu', query: { id: 'r2' } });
    ok(await session.tap(at(session, 'onAddDish', { id: 'r2-1' })));
    ok(await session.tap(at(session, 'onAddDish', { id: 'r2-6' })));
    ok(await session.tap(at(session, 'onAddDish', { id: 'r2-6' })));
    expect(text(session.state())).toContain('已选 3 份 items · 小计 Subtotal ¥36');

    const asked = await session.tap(at(session, 'onCheckout'));
    expect(asked).toMatchObject({ kind: 'consent-required', scope: 'scope.address' });
    expect(asked.state.path).toBe('pages/menu/menu'); // nothing happened until the user answers
    session.grant('scope.address');
    const checkout = ok(await session.tap(at(session, 'onCheckout'))).state;
    expect(checkout).toMatchObject({ path: 'pages/checkout/checkout', query: { restaurant: 'r2', items: 'r2-1:1,r2-6:2' } });
    expect(text(checkout)).toContain('配送费 Delivery fee ¥4.00');
    expect(text(checkout)).toContain('合计 Total ¥40.00');

    ok(await session.tap(at(session, 'onSelectAddress', { id: 'work' })));
    const waiting = ok(await session.tap(at(session, 'onSubmitOrder'))).state;
    expect(waiting.payment).toMatchObject({ amount: 40, status: 'created' });
    const order = lastOrder();
    expect(order).toMatchObject({
      amount: 40,
      meta: { restaurant: 'r2', address: 'work' },
      lines: [
        { ref: 'r2-1', qty: 1, unitPrice: 32 },
        { ref: 'r2-6', qty: 2, unitPrice: 2 },
        { ref: 'delivery_fee', qty: 1, unitPrice: 4 },
      ],
    });
    expect(order.lines.reduce((sum, l) => sum + l.qty * l.unitPrice, 0)).toBe(order.amount);

    const paid = ok(await session.confirmPayment(true, settle)).state;
    expect(paid.path).toBe('pages/result/result');
    expect(text(paid)).toContain('商家已接单');
    expect(text(paid)).toContain('预计 10:35 送达'); // 10:00 + the restaurant's 35 minutes
    expect(text(paid)).toContain('国贸大厦A座1806');
    expect((await sharedOrders())[order.orderId]).toMatchObject({ status: 'paid', restaurant: 'r2', total: 40, address: { id: 'work' } });

    ok(await session.tap(at(session, 'onOpenOrders')));
    expect(text(session.state())).toContain('宫保鸡丁×1、米饭×2');
    session.close();
  });

  it('refuses an English order below the minimum and never asks to pay', async () => {
    const session = open('alice', { locale: 'en', grants: { 'scope.address': 'granted' } });
    ok(await session.open('pages/menu/menu', { id: 'r6' }));
    ok(await session.tap(at(session, 'onAddDish', { id: 'r6-5' })));
    expect(text(session.state())).toContain('¥42 more to reach the minimum order');
    const refused = ok(await session.tap(at(session, 'onCheckout'))).state;
    expect(refused.path).toBe('pages/menu/menu');
    expect(text(refused)).toContain('Below the minimum order of ¥50: the dishes come to ¥8, ¥42 short.');

    const orders = services.orders.length;
    const checkout = ok(await session.open('pages/checkout/checkout', { restaurant: 'r6', items: 'r6-5:1' })).state;
    expect(text(checkout)).toContain('Below the minimum order of ¥50');
    expect(checkout.actions.some((a) => a.handler === 'onSubmitOrder')).toBe(false); // the button is disabled
    expect(services.orders.length).toBe(orders);
    session.close();
  });

  it('says what to do when the address is refused, missing or out of the delivery area', async () => {
    const refused = open('demo', { grants: { 'scope.address': 'denied' } });
    const denied = ok(await refused.open('pages/checkout/checkout', { restaurant: 'r4', items: 'r4-2:1,r4-4:1' })).state;
    expect(text(denied)).toContain('未获得收货地址授权，无法配送。可点击「使用我的收货地址」重新授权');
    expect(text(denied)).toContain('合计 Total ¥62.00');
    expect(denied.actions.some((a) => a.handler === 'onSubmitOrder')).toBe(false);
    refused.close();

    const bob = open('bob', { grants: { 'scope.address': 'granted' } });
    expect(text(ok(await bob.open('pages/checkout/checkout', { restaurant: 'r4', items: 'r4-2:1' })).state)).toContain('您还没有收货地址');
    bob.close();

    const far = open('demo', { grants: { 'scope.address': 'granted' } });
    const shanghai = ok(await far.open('pages/checkout/checkout', { restaurant: 'r6', items: 'r6-2:1' })).state;
    expect(text(shanghai)).toContain('寿司小站只配送上海的地址');
    expect(shanghai.actions.some((a) => a.handler === 'onSubmitOrder')).toBe(false);
    far.close();
  });

  it('keeps a declined payment unpaid and lets the user submit again', async () => {
    const session = open('demo', { grants: { 'scope.address': 'granted' } });
    ok(await session.open('pages/checkout/checkout', { restaurant: 'r4', items: 'r4-2:1,r4-4:1' }));
    ok(await session.tap(at(session, 'onSelectAddress', { id: 'home' })));
    ok(await session.tap(at(session, 'onSubmitOrder')));
    const orderId = lastOrder().orderId;
    expect(lastOrder()).toMatchObject({ amount: 62, meta: { restaurant: 'r4', address: 'home' } });
    const declined = ok(await session.confirmPayment(false, settle)).state;
    expect(text(declined)).toContain('支付未完成（cancel），订单未提交，也没有扣款。');
    expect((await sharedOrders())[orderId]).toMatchObject({ status: 'unpaid' });
    expect(declined.actions.some((a) => a.handler === 'onSubmitOrder')).toBe(true);
    session.close();
  });
});

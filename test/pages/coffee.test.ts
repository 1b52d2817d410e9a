import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import { testHub } from '../support/hub-fixture.ts';
import { capturedOrders, PageDriver } from './page-driver.ts';

// 晨光咖啡 Dawn Coffee by hand in the mini-program view: store → menu → drink options →
// cart → checkout → pay → pickup code; delivery asks for the address first; a declined
// payment cancels the order and charges nothing.
describe('coffee pages (晨光咖啡)', () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await testHub(['ecosystem/packages/coffee']);
  });
  afterAll(async () => hub.close());

  const driver = (userId = 'demo', grants = {}) => new PageDriver(hub, hub.runtime.openPages({ appId: 'coffee', userId, grants }));

  it('orders two large iced oat lattes with less sugar for pickup and pays with the user\'s tap', async () => {
    const d = driver();
    expect(await d.open()).toMatchObject({ path: 'pages/index/index', title: '选择门店' });
    expect(d.text).toContain('国贸店 Guomao');
    await d.tap('国贸店');
    expect(d.state.path).toBe('pages/menu/menu');
    expect(d.text).toContain('拿铁 ¥18');
    await d.tap(/^拿铁/);
    expect(d.text).toContain('拿铁 Latte');
    await d.tap(/^大杯/);
    await d.tap(/^冰$/);
    await d.tap('少糖');
    await d.tap(/^燕麦奶/);
    await d.tap('＋');
    expect(d.text).toContain('2 杯');
    expect(d.text).toContain('¥24 / 杯');
    await d.tap('加入购物车');
    expect(d.state.path).toBe('pages/menu/menu'); // navigateBack, and the menu's onShow counts the cart
    expect(d.state.toasts).toEqual(['已加入购物车']);
    await d.tap('去结算（2 杯）');
    expect(d.state.path).toBe('pages/checkout/checkout');
    expect(d.text).toContain('拿铁');
    expect(d.text).toContain('合计 ¥48');
    await d.tap('提交订单并支付 ¥48');
    expect(d.state.payment).toMatchObject({ amount: 48, status: 'created' });
    expect(await capturedOrders(hub, 'coffee', 'demo')).toEqual([]); // nothing paid before the user's answer

    const before = await hub.pay.balance('demo');
    await d.pay();
    expect(d.state.path).toBe('pages/result/result');
    expect(d.text).toContain('取餐码');
    expect(d.text).toContain('国贸店 到店自取');
    expect(d.text).toContain('已支付 ¥48');

    const [order] = await capturedOrders(hub, 'coffee', 'demo');
    expect(order).toMatchObject({
      amount: 48, meta: { store: 's1', fulfilment: 'pickup' },
      lines: [{ ref: 'd02', qty: 2, unitPrice: 24, options: { size: 'L', temperature: 'iced', sugar: 'less', milk: 'oat' } }],
    });
    expect(order?.lines[0]?.options).not.toHaveProperty('extraShot');
    expect(await hub.pay.balance('demo')).toBe(before - 4800);
    expect((await hub.pay.verify()).ok).toBe(true);
  });

  it('delivers after the user grants the address, with the delivery fee on the order', async () => {
    const d = driver('demo');
    await d.open('pages/drink/drink', 'storeId=s2&drinkId=d01');
    await d.tap('立即下单');
    expect(d.state.path).toBe('pages/checkout/checkout');
    const asked = await d.session.tap(d.find('外送'));
    expect(asked).toMatchObject({ kind: 'consent-required', scope: 'scope.address' });
    expect(asked.state.text).not.toContain('收货地址');
    d.session.grant('scope.address');
    await d.tap('外送');
    expect(d.text).toContain('收货地址');
    await d.tap('公司');
    expect(d.text).toContain('合计 ¥20');
    await d.tap('提交订单并支付');
    await d.pay();
    expect(d.text).toContain('外送至 公司');
    const [order] = await capturedOrders(hub, 'coffee', 'demo').then((all) => all.filter((o) => o.meta.store === 's2'));
    expect(order).toMatchObject({
      amount: 20, meta: { store: 's2', fulfilment: 'delivery', address: 'work' },
      lines: [{ ref: 'd01', qty: 1, unitPrice: 15, options: { size: 'M', temperature: 'hot' } }, { ref: 'delivery_fee', qty: 1, unitPrice: 5 }],
    });
  });

  it('cancels the order when the user declines the payment, and charges nothing', async () => {
    const d = driver('alice');
    await d.open('pages/menu/menu', 'storeId=s3');
    await d.tap(/^美式咖啡/);
    await d.tap('加入购物车');
    await d.tap('去结算');
    await d.tap('提交订单并支付 ¥15');
    const orderId = d.state.payment?.orderId ?? '';
    const balance = await hub.pay.balance('alice');
    const declined = await d.pay(false);
    expect(declined.payment).toMatchObject({ orderId, paid: false });
    expect(d.state.path).toBe('pages/checkout/checkout');
    expect(d.text).toContain('支付未完成，订单已取消，未扣款。');
    expect(await hub.pay.getOrder(orderId)).toMatchObject({ status: 'canceled' });
    expect(await hub.pay.balance('alice')).toBe(balance);
  });
});

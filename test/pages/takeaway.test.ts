import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import { testHub } from '../support/hub-fixture.ts';
import { capturedOrders, PageDriver } from './page-driver.ts';

// 食刻外卖 FoodNow (pages only) by hand: restaurant list → menu → add dishes → checkout with
// the user's address → pay → result page; the minimum order is the page's own rule.
describe('takeaway pages (食刻外卖)', () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await testHub(['ecosystem/packages/takeaway']);
  });
  afterAll(async () => hub.close());

  const driver = (userId = 'demo') => new PageDriver(hub, hub.runtime.openPages({ appId: 'takeaway', userId, grants: { 'scope.address': 'granted' } }));

  it('orders kung pao chicken and two mapo tofu to the home address and pays', async () => {
    const d = driver();
    await d.open();
    expect(d.text).toContain('川味小馆');
    await d.type('搜索餐厅或菜品', '麻婆');
    expect(d.text).toContain('川味小馆');
    expect(d.text).not.toContain('汉堡工坊');
    await d.tap('川味小馆');
    expect(d.state.path).toBe('pages/menu/menu');
    expect(d.state.query).toEqual({ id: 'r2' });
    expect(d.text).toContain('还差 ¥30 起送');
    await d.tap('＋', 0);
    await d.tap('＋', 1);
    await d.tap('＋', 1);
    expect(d.text).toContain('宫保鸡丁 Kung Pao chicken ¥32');
    expect(d.text).toContain('已选 3 份 items · 小计 Subtotal ¥76');
    await d.tap('去结算');
    expect(d.state.path).toBe('pages/checkout/checkout');
    expect(d.text).toContain('家 张伟 13800138000');
    expect(d.text).toContain('配送费 Delivery fee ¥4.00');
    expect(d.text).toContain('合计 Total ¥80.00');
    await d.type('口味', '少放辣');
    await d.tap('提交订单并支付 ¥80.00');
    expect(d.state.payment).toMatchObject({ amount: 80 });

    await d.pay();
    expect(d.state.path).toBe('pages/result/result');
    expect(d.state.toasts[0]).toContain('支付成功，川味小馆已接单');
    expect(d.text).toContain('实付 Paid ¥80.00');
    expect(d.text).toContain('北京市朝阳区光华路8号');
    expect(d.text).toContain('备注 Note：少放辣');

    const [order] = await capturedOrders(hub, 'takeaway', 'demo');
    expect(order).toMatchObject({ amount: 80, meta: { restaurant: 'r2', address: 'home' } });
    expect(order?.lines.map((l) => ({ ref: l.ref, qty: l.qty, unitPrice: l.unitPrice }))).toEqual([
      { ref: 'r2-1', qty: 1, unitPrice: 32 },
      { ref: 'r2-2', qty: 2, unitPrice: 22 },
      { ref: 'delivery_fee', qty: 1, unitPrice: 4 },
    ]);
    expect((await hub.pay.verify()).ok).toBe(true);

    await d.tap('我的订单');
    expect(d.text).toContain('宫保鸡丁×1、麻婆豆腐×2');
    expect(d.text).toContain('¥80.00');
  });

  it('refuses to check out below the minimum order, and says how much is missing', async () => {
    const d = driver();
    await d.open('pages/menu/menu', 'id=r2');
    await d.tap('清空');
    await d.tap('＋', 5); // steamed rice, ¥2
    expect(d.text).toContain('还差 ¥28 起送');
    await d.tap('去结算');
    expect(d.state.path).toBe('pages/menu/menu');
    expect(d.state.toasts.join()).toMatch(/28/);
  });
});

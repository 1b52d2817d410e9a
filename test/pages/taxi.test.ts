import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import { testHub } from '../support/hub-fixture.ts';
import { capturedOrders, PageDriver } from './page-driver.ts';

// 随行打车 GoRide (pages only) by hand: pick places → fare estimate → request → pay up front
// → driver dispatched; cancel before pickup for a full refund; a wallet too small is refused.
describe('taxi pages (随行打车)', () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await testHub(['ecosystem/packages/taxi']);
  });
  afterAll(async () => hub.close());

  const driver = (userId = 'demo') => new PageDriver(hub, hub.runtime.openPages({ appId: 'taxi', userId }));

  async function requestGuomaoToT3(d: PageDriver): Promise<void> {
    await d.open();
    await d.type('搜索地点', '国贸');
    expect(d.text).toContain('国贸');
    await d.tap('设为起点');
    await d.type('搜索地点', '首都机场');
    await d.tap('设为终点');
    expect(d.text).toContain('上车地点 Pickup 国贸');
    expect(d.text).toContain('目的地 Destination 首都机场T3');
    expect(d.text).toContain('快车 Economy 一口价 Fixed fare ¥97.45');
    await d.tap('呼叫快车');
    expect(d.state).toMatchObject({ path: 'pages/confirm/confirm', query: { from: 'bj-guomao', to: 'bj-pek-t3', carType: 'economy' } });
    expect(d.text).toContain('一口价 Fixed fare ¥97.45');
    await d.tap('确认叫车并支付 ¥97.45');
    expect(d.state.payment).toMatchObject({ amount: 97.45 });
  }

  it('requests an economy ride from Guomao to Capital Airport T3, pays the fixed fare, then cancels for a full refund', async () => {
    const d = driver();
    await requestGuomaoToT3(d);
    await d.pay();
    expect(d.state.path).toBe('pages/trip/trip');
    expect(d.text).toContain('国贸 → 首都机场T3');
    expect(d.text).toMatch(/约 \d+ 分钟到达上车点/);
    const [order] = await capturedOrders(hub, 'taxi', 'demo');
    expect(order).toMatchObject({ amount: 97.45, lines: [{ ref: 'economy', qty: 1, unitPrice: 97.45, options: { from: 'bj-guomao', to: 'bj-pek-t3' } }] });

    await d.tap('取消行程');
    expect(d.state.modals).toHaveLength(1);
    await d.answerModal(true);
    expect(d.text).not.toContain('取消行程 Cancel trip');
    expect(await hub.pay.getOrder(order!.orderId)).toMatchObject({ status: 'refunded', refunded: 97.45 });
    expect((await hub.pay.verify()).ok).toBe(true);
  });

  it('refuses a ride across cities before any order exists', async () => {
    const d = driver();
    await d.open();
    await d.type('搜索地点', '国贸');
    await d.tap('设为起点');
    await d.type('搜索地点', '虹桥');
    await d.tap('设为终点');
    expect(d.text).toMatch(/同城|不同城市|跨城/);
    expect(d.text).toContain('[按钮 呼叫快车 Request ride]');
    expect(d.state.actions.map((a) => a.label)).not.toContain('呼叫快车 Request ride'); // disabled: nothing to tap
  });

  it('tells a rider whose wallet is empty that the payment failed, and charges nothing', async () => {
    const d = driver('bob');
    await requestGuomaoToT3(d);
    const orderId = d.state.payment!.orderId;
    const answered = await d.pay(true, false);
    expect(answered.payment).toMatchObject({ orderId, paid: false });
    expect(d.state.path).toBe('pages/confirm/confirm');
    expect(d.text).toContain('余额不足');
    expect(await hub.pay.getOrder(orderId)).toMatchObject({ status: 'canceled' });
    expect(await capturedOrders(hub, 'taxi', 'bob')).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import { testHub } from '../support/hub-fixture.ts';
import { capturedOrders, PageDriver } from './page-driver.ts';

// 好饭订座 TableReady (pages only) by hand: restaurant list → detail → booking form → pay the
// deposit → booking page; cancelling before the meal refunds the deposit in full.
describe('dining pages (好饭订座)', () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await testHub(['ecosystem/packages/dining']);
  });
  afterAll(async () => hub.close());

  const driver = (userId = 'demo') => new PageDriver(hub, hub.runtime.openPages({ appId: 'dining', userId }));

  it('books a private room at 京华宴 for four tomorrow at 18:30, pays the ¥200 deposit, then cancels for a refund', async () => {
    const d = driver();
    await d.open();
    await d.tap('商务宴请');
    expect(d.text).toContain('京华宴');
    await d.tap('京华宴');
    expect(d.state.path).toBe('pages/detail/detail');
    expect(d.text).toContain('仅提供包间 Private rooms only');
    expect(d.text).toContain('订金 Deposit ¥200');
    await d.tap('预订包间');
    expect(d.state).toMatchObject({ path: 'pages/booking/booking', query: { id: 'rt1', room: 'private' } });
    expect(d.text).toContain('京华宴');
    await d.tap('明天 11-21');
    expect(d.state.data.partySize).toBe(4); // a private room starts at its minimum party
    await d.tap(/^18:30/);
    expect(d.text).toContain('2026-11-21');
    await d.type('忌口', '客户宴请，安静些');
    await d.tap('支付订金 ¥200 并预订');
    expect(d.state.payment).toMatchObject({ amount: 200 });

    await d.pay();
    expect(d.state.path).toBe('pages/result/result');
    expect(d.text).toContain('京华宴 Jinghua Banquet');
    expect(d.text).toContain('时间 Time 18:30');
    expect(d.text).toContain('人数 Party size 4 位 people');
    expect(d.text).toContain('备注 Note 客户宴请，安静些');
    const [order] = await capturedOrders(hub, 'dining', 'demo');
    expect(order).toMatchObject({
      amount: 200,
      lines: [{ ref: 'rt1', qty: 1, unitPrice: 200, options: { date: '2026-11-21', time: '18:30', partySize: 4, room: 'private' } }],
    });

    await d.tap('取消预订并退订金');
    expect(d.state.modals[0]?.content).toContain('200');
    await d.answerModal(true);
    expect(await hub.pay.getOrder(order!.orderId)).toMatchObject({ status: 'refunded', refunded: 200 });
    expect(d.text).not.toContain('取消预订并退订金');
    expect((await hub.pay.verify()).ok).toBe(true);
  });

  it('books a hall table with the party size typed into the form, and refuses a private room below its minimum', async () => {
    const d = driver('alice');
    await d.open('pages/booking/booking', 'id=rt2&room=private');
    await d.tap('明天');
    await d.tap(/^19:30/);
    expect(d.state.data).toMatchObject({ partySize: 6, statusOk: true }); // a private room starts at its minimum
    await d.type('用餐人数', '2');
    expect(d.state.data.statusOk).toBe(false); // 2 people cannot take a private room (6 minimum)
    expect(d.text).toContain('包间 6 人起订，2 人请改订大厅');
    await d.tap('大厅 Hall');
    await d.type('用餐人数', '5');
    await d.tap('支付订金 ¥50 并预订');
    await d.pay();
    const [order] = await capturedOrders(hub, 'dining', 'alice');
    expect(order).toMatchObject({ amount: 50, lines: [{ ref: 'rt2', options: { date: '2026-11-21', time: '19:30', partySize: 5, room: 'hall' } }] });
  });
});

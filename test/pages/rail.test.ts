import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import { testHub } from '../support/hub-fixture.ts';
import { capturedOrders, PageDriver } from './page-driver.ts';

// 畅行火车票 RailGo by hand: search → train list → seat class → passengers (with the user's
// consent) → pay → tickets issued with seat numbers; one order line per passenger.
describe('rail pages (畅行火车票)', () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await testHub(['ecosystem/packages/rail']);
  });
  afterAll(async () => hub.close());

  const driver = (userId = 'demo') => new PageDriver(hub, hub.runtime.openPages({ appId: 'rail', userId }));

  it('books a second-class seat on G115 Beijing → Shanghai tomorrow at 15:00 for the user and pays', async () => {
    const d = driver();
    await d.open();
    expect(d.state.data).toMatchObject({ from: '北京', to: '上海', date: '2026-11-21' });
    await d.type('HH:MM', '15:00');
    await d.tap('查询车次');
    expect(d.state).toMatchObject({ path: 'pages/trains/trains', query: { from: 'BJP', to: 'SHH', date: '2026-11-21', time: '15:00' } });
    expect(d.text).toContain('2026-11-21 北京南 → 上海虹桥');
    expect(d.text).toContain('G115 15:00');

    const asked = await d.session.tap(d.find('二等座 ¥606.5', 0, ['tap'], 'G115'));
    expect(asked).toMatchObject({ kind: 'consent-required', scope: 'scope.passengers' });
    expect(asked.state.path).toBe('pages/trains/trains'); // nothing moved before the user answered
    d.session.grant('scope.passengers');
    await d.tapWithin('G115', '二等座 ¥606.5');
    expect(d.state.path).toBe('pages/book/book');
    expect(d.text).toContain('张伟（本人）1101**********1234');
    await d.tap('张伟');
    expect(d.text).toContain('1 张，合计 ¥606.5');
    await d.tap('提交订单并支付');
    expect(d.state.payment).toMatchObject({ amount: 606.5 });

    await d.pay();
    expect(d.state.path).toBe('pages/result/result');
    expect(d.text).toContain('出票成功');
    expect(d.text).toMatch(/张伟 二等座\s+\d{2}车\d{2}[A-F]/);
    expect(d.text).toContain('已支付 ¥606.5');
    const [order] = await capturedOrders(hub, 'rail', 'demo');
    expect(order).toMatchObject({
      amount: 606.5,
      lines: [{ ref: 'G115', qty: 1, unitPrice: 606.5, options: { date: '2026-11-21', from: 'BJP', to: 'SHH', seat: 'second', passenger: 'p1' } }],
    });
    expect((await hub.pay.verify()).ok).toBe(true);
  });

  it('books two first-class seats for the user and the spouse, one order line each', async () => {
    await hub.pay.topUp('demo', 100_000, 'rail-pages-top-up'); // two first-class seats cost more than what is left
    const d = new PageDriver(hub, hub.runtime.openPages({ appId: 'rail', userId: 'demo', grants: { 'scope.passengers': 'granted' } }));
    await d.open();
    await d.type('城市或车站，如 上海虹桥', '南京南');
    await d.type('HH:MM', '09:00');
    await d.tap('查询车次');
    await d.tapWithin('G107', '一等座');
    await d.tap('张伟');
    await d.tap('李娜');
    expect(d.text).toContain('2 张，合计 ¥1514');
    await d.tap('提交订单并支付');
    await d.pay();
    expect(d.text).toContain('出票成功');
    const order = (await capturedOrders(hub, 'rail', 'demo')).find((o) => o.amount === 1514);
    expect(order?.lines.map((l) => ({ ref: l.ref, options: l.options }))).toEqual([
      { ref: 'G107', options: { date: '2026-11-21', from: 'BJP', to: 'NJH', seat: 'first', passenger: 'p1' } },
      { ref: 'G107', options: { date: '2026-11-21', from: 'BJP', to: 'NJH', seat: 'first', passenger: 'p2' } },
    ]);
  });
});

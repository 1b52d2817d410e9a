import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import { testHub } from '../support/hub-fixture.ts';
import { capturedOrders, PageDriver } from './page-driver.ts';

// 快递查查 ParcelTrack by hand: track a parcel by its number; list my parcels (with the phone
// number, after consent); send a parcel: cities, weight, recipient → quote → pay → waybill.
describe('express pages (快递查查)', () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await testHub(['ecosystem/packages/express']);
  });
  afterAll(async () => hub.close());

  const driver = (userId = 'demo', grants = {}) => new PageDriver(hub, hub.runtime.openPages({ appId: 'express', userId, grants }));

  it('tracks SF1234567890 by its number, and refuses a number that is not one', async () => {
    const d = driver();
    await d.open();
    await d.type('快递单号', 'sf12');
    await d.tap('查询 Track');
    expect(d.state.path).toBe('pages/index/index');
    expect(d.text).toContain('请输入正确的快递单号');
    await d.type('快递单号', 'SF1234567890');
    await d.tap('查询 Track');
    expect(d.state).toMatchObject({ path: 'pages/track/track', query: { number: 'SF1234567890' } });
    expect(d.text).toContain('SF1234567890');
    expect(d.text).toContain('已签收');
  });

  it('lists my parcels once the user shares the phone number, and explains the way out when refused', async () => {
    const d = driver();
    await d.open();
    const asked = await d.session.tap(d.find('我的快递'));
    expect(asked).toMatchObject({ kind: 'consent-required', scope: 'scope.phoneNumber' });
    d.session.grant('scope.phoneNumber');
    await d.tap('我的快递');
    expect(d.state.path).toBe('pages/mine/mine');
    for (const number of ['ZTO7788990011', 'JD0099887766', 'YTO5566778899']) expect(d.text).toContain(number);
    await d.tap('ZTO7788990011');
    expect(d.state.path).toBe('pages/track/track');

    const refused = driver('alice', { 'scope.phoneNumber': 'denied' });
    await refused.open('pages/mine/mine');
    expect(refused.text).toContain('没有手机号授权，无法列出您的快递。可以输入快递单号查询。');
    expect(refused.text).not.toContain('ZTO3344556677');
    await refused.tap('输入单号查询');
    expect(refused.state.path).toBe('pages/index/index');
  });

  it('sends a 3 kg parcel from Beijing to Shanghai and pays the ¥28 fee', async () => {
    const d = driver();
    await d.open();
    await d.tap('寄快递');
    expect(d.state.path).toBe('pages/ship/ship');
    await d.choose('寄件城市', '北京 Beijing');
    await d.choose('收件城市', '上海 Shanghai');
    await d.type('如 3', '3');
    expect(d.state.data.quoteText).toMatch(/^北京→上海，3 公斤，运费 28.00 元（跨城首重/);
    await d.type('姓名 Name', '李明');
    await d.type('手机号 Mobile', '13600136000');
    await d.type('详细地址', '上海市徐汇区漕溪北路88号');
    await d.tap('下一步');
    expect(d.state.path).toBe('pages/checkout/checkout');
    expect(d.text).toContain('北京 → 上海');
    expect(d.text).toContain('李明 13600136000');
    expect(d.text).toContain('上海市徐汇区漕溪北路88号'); // encoded in the query, decoded by the page
    await d.tap('确认支付 Pay ¥28.00');
    expect(d.state.payment).toMatchObject({ amount: 28 });
    await d.pay();
    expect(d.state.path).toBe('pages/result/result');
    expect(d.text).toContain('寄件成功，快递员将在 2 小时内上门揽收');
    expect(d.text).toMatch(/运单号 Waybill\s+\S+/);

    const [order] = await capturedOrders(hub, 'express', 'demo');
    expect(order).toMatchObject({
      amount: 28, meta: { recipientPhone: '13600136000' },
      lines: [{ ref: 'ship', qty: 1, unitPrice: 28, options: { fromCity: '北京', toCity: '上海', weightKg: 3 } }],
    });
    expect((await hub.pay.verify()).ok).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import { testHub } from '../support/hub-fixture.ts';
import { capturedOrders, PageDriver } from './page-driver.ts';

// 生活缴费 HomeBills by hand: bind the electricity account → the bill → pay it; top up the
// user's own phone (the number read with consent) with ¥50.
describe('bills pages (生活缴费)', () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await testHub(['ecosystem/packages/bills']);
    // Someone who has not bound any account in HomeBills yet (the sample users have).
    await hub.memory.upsertUser({ id: 'newbie', name: '新用户', lang: 'zh', city: '北京', addresses: [], passengers: [], preferences: {} });
    await hub.pay.ensureWallet('newbie', 100_000);
  });
  afterAll(async () => hub.close());

  const driver = (userId = 'demo', grants = {}) => new PageDriver(hub, hub.runtime.openPages({ appId: 'bills', userId, grants }));

  it('binds the electricity account and pays its ¥186.40 bill', async () => {
    const d = driver('newbie');
    await d.open();
    expect(d.text).toContain('还没有绑定户号');
    await d.tap('绑定户号');
    expect(d.state.path).toBe('pages/bind/bind');
    await d.type('户号', '9999');
    await d.tap('绑定 Bind');
    expect(d.text).toContain('没有查到这个户号，请核对缴费单。');
    await d.choose('缴费类型', 0);
    await d.type('户号', '1100456789');
    await d.tap('绑定 Bind');
    expect(d.state).toMatchObject({ path: 'pages/bill/bill', query: { accountId: 'elec-1100456789' } });
    expect(d.text).toContain('户号 Account 1100456789');
    await d.tap('缴费 Pay ¥186.40');
    expect(d.state.payment).toMatchObject({ amount: 186.4 });
    await d.pay();
    expect(d.state.path).toBe('pages/result/result');
    expect(d.text).toContain('支付成功');
    expect(d.text).toContain('¥186.40');
    const [order] = await capturedOrders(hub, 'bills', 'newbie');
    expect(order).toMatchObject({ amount: 186.4, lines: [{ ref: 'elec-1100456789', qty: 1, unitPrice: 186.4 }] });

    await d.tap('返回');
    expect(d.state.path).toBe('pages/index/index');
    expect(d.text).toContain('1100456789');
    expect(d.text).toContain('无需缴费 Nothing due');
    expect((await hub.pay.verify()).ok).toBe(true);
  });

  it('tops up the user\'s own number with ¥50 after the user shares it', async () => {
    const d = driver('alice');
    await d.open('pages/topup/topup');
    const asked = await d.session.tap(d.find('用本机号码'));
    expect(asked).toMatchObject({ kind: 'consent-required', scope: 'scope.phoneNumber' });
    d.session.grant('scope.phoneNumber');
    await d.tap('用本机号码');
    expect(d.state.data.phone).toBe('13900139000');
    await d.tap('¥50');
    await d.tap('充值 Pay ¥50');
    await d.pay();
    expect(d.text).toContain('支付成功');
    const [order] = await capturedOrders(hub, 'bills', 'alice');
    expect(order).toMatchObject({ amount: 50, lines: [{ ref: 'topup', options: { phone: '13900139000', amount: 50 } }] });
  });
});

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ECOSYSTEM_DIR } from '../../ecosystem/index.ts';
import type { Hub } from '../../hub/index.ts';
import { givePassword, keep, openWeb, signIn, type WebHarness } from '../../../test/support/browser.ts';
import { testHub } from '../../../test/support/hub-fixture.ts';

const TAKEAWAY = join(ECOSYSTEM_DIR, 'packages', 'takeaway');

describe('the mini-program panel in Chromium', { timeout: 180_000 }, () => {
  let hub: Hub;
  let web: WebHarness;
  beforeAll(async () => {
    hub = await testHub([TAKEAWAY]);
    web = await openWeb(hub);
  }, 240_000);
  afterAll(async () => {
    await web?.close();
    await hub?.close();
  });

  it('a person opens the takeaway mini-program and completes an order by hand, paying on the sheet', async () => {
    const before = await hub.pay.balance('demo');
    const page = await web.page({ width: 390, locale: 'zh' });
    await page.goto(web.url);
    await signIn(page, 'demo', await givePassword(hub, 'demo'));
    await page.getByRole('button', { name: '我的' }).click();
    await page.getByRole('button', { name: /打开小程序 食刻外卖/ }).click();
    const panel = page.getByTestId('mini-program');
    await panel.getByText('川味小馆').first().click();
    await panel.getByText('还差').first().waitFor();
    await panel.getByRole('button', { name: '＋' }).first().click();
    await panel.getByText('已选 1 份').waitFor();
    await panel.getByRole('button', { name: '＋' }).nth(1).click();
    await panel.getByText('已选 2 份').waitFor();
    await panel.getByText('去结算').click();
    // The checkout reads the address book: the person is asked once, in the panel, then goes on.
    await panel.getByText(/提交订单并支付|授权请求/).first().waitFor();
    const allow = panel.getByRole('button', { name: '允许' });
    if (await allow.count()) {
      await allow.click();
      await allow.waitFor({ state: 'detached' });
      await panel.getByText('去结算').click();
    }
    await panel.getByText(/提交订单并支付/).click();
    const sheet = page.getByTestId('page-payment');
    await sheet.waitFor();
    const order = (await hub.pay.listOrders({ userId: 'demo', appId: 'takeaway' }))[0]!;
    expect(await sheet.innerText()).toContain(`¥${(order.amountFen / 100).toFixed(2)}`);
    await sheet.getByRole('button', { name: /确认支付/ }).click();
    await panel.getByText(/实付/).waitFor();
    await keep(page, 'panel-takeaway-paid');
    expect((await hub.pay.getOrder(order.orderId))?.status).toBe('paid');
    expect(await hub.pay.balance('demo')).toBe(before - order.amountFen);
    await page.close();
  });
});

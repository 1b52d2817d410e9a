import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ECOSYSTEM_DIR } from '../../ecosystem/index.ts';
import type { Hub } from '../../hub/index.ts';
import { givePassword, keep, openWeb, signIn, type WebHarness } from '../../../test/support/browser.ts';
import { testHub } from '../../../test/support/hub-fixture.ts';

const COFFEE = join(ECOSYSTEM_DIR, 'packages', 'coffee');
const SENTENCE = '帮我在国贸店点一杯大杯冰拿铁，少糖，自取';

describe('the web chat in Chromium', { timeout: 180_000 }, () => {
  let hub: Hub;
  let web: WebHarness;
  beforeAll(async () => {
    hub = await testHub([COFFEE]); // installs through review and its contract run: slow on a busy machine
    web = await openWeb(hub);
  }, 240_000);
  afterAll(async () => {
    await web?.close();
    await hub?.close();
  });

  it('a user signs in, orders coffee in Chinese, confirms the exact order and sees the receipt; the ledger has the payment', async () => {
    const password = await givePassword(hub, 'demo');
    const before = await hub.pay.balance('demo');
    const page = await web.page({ width: 390, locale: 'zh' });
    await page.goto(web.url);
    await signIn(page, 'demo', password);
    const box = page.locator('form.composer textarea');
    await box.fill(SENTENCE);
    await box.press('Enter');
    const card = page.getByTestId('confirmation');
    await card.waitFor();
    const pending = (await hub.pay.listOrders({ userId: 'demo' }))[0]!;
    expect(pending.status).toBe('created');
    await expect.poll(() => card.innerText()).toContain(pending.merchantName);
    const shown = await card.innerText();
    expect(shown).toContain(`¥${(pending.amountFen / 100).toFixed(2)}`);
    for (const line of pending.lines) expect(shown).toContain(line.name);
    await keep(page, 'chat-confirmation-phone');
    await card.getByRole('button', { name: /确认付款/ }).click();
    const receipt = page.getByTestId('receipt');
    await receipt.waitFor();
    expect(await receipt.innerText()).toContain('支付成功');
    await expect.poll(() => page.getByTestId('task-state').innerText()).toBe('已完成'); // the task's end follows the receipt on the feed
    await keep(page, 'chat-receipt-phone');

    const paid = await hub.pay.getOrder(pending.orderId);
    expect(paid?.status).toBe('paid');
    expect(await hub.pay.balance('demo')).toBe(before - pending.amountFen);
    await page.close();

    // The operator's ledger in the console shows the payment.
    const operator = await web.page({ width: 1280, locale: 'zh' });
    await operator.goto(`${web.url}/console`);
    await signIn(operator, 'bob', await givePassword(hub, 'bob', 'operator'));
    await operator.getByRole('tab', { name: '账本' }).click();
    const row = operator.getByTestId('ledger-orders').getByRole('row').filter({ hasText: pending.orderId });
    await expect.poll(() => row.innerText()).toContain('已支付');
    expect(await row.innerText()).toContain(`¥${(pending.amountFen / 100).toFixed(2)}`);
    await keep(operator, 'console-ledger-payment');
    await operator.close();
  });

  it('a user who declines pays nothing, in English at desktop width', async () => {
    const password = await givePassword(hub, 'alice');
    const before = await hub.pay.balance('alice');
    const page = await web.page({ width: 1280, locale: 'en' });
    await page.goto(web.url);
    await signIn(page, 'alice', password);
    await page.locator('form.composer textarea').fill(SENTENCE);
    await page.getByRole('button', { name: 'Send' }).click();
    const card = page.getByTestId('confirmation');
    await card.getByRole('button', { name: 'Cancel' }).click();
    await card.getByText('Canceled').waitFor();
    await page.getByTestId('task-state').filter({ hasNotText: 'Waiting for you' }).waitFor();
    await keep(page, 'chat-declined-desktop');
    const orders = await hub.pay.listOrders({ userId: 'alice' });
    expect(orders.length).toBe(1);
    expect(orders[0]!.status).not.toBe('paid');
    expect(await hub.pay.balance('alice')).toBe(before);
    expect(await page.getByTestId('receipt').innerText()).toContain('Not paid');
    await page.close();
  });
});

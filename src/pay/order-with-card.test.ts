import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentOsError, fixedClock } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import type { TrustService } from '../trust/index.ts';
import { PayService, type OrderDraft } from './index.ts';
import { payAndTrust, countedStore } from './test-support.ts';


const latte = (yuan: number): OrderDraft => ({ title: '拿铁', amount: yuan, lines: [{ ref: 'd02', name: '拿铁 Latte', qty: 1, unitPrice: yuan, options: { size: 'L' } }], meta: { store: 's1' } });

for (const variant of storeVariants()) {
  describe(`an order and its confirmation card written together on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let pay: PayService;
    let trust: TrustService;
    let statements: () => number;

    beforeAll(async () => {
      const opened = await variant.open();
      dispose = opened.dispose;
      ({ store, statements } = countedStore(opened.store));
      ({ pay, trust } = payAndTrust(store, fixedClock('2026-11-20T10:00:00+08:00')));
      await pay.ensureMerchant('coffee', '咖啡');
      for (const user of ['alice', 'bob']) await pay.ensureWallet(user, 100_00);
    });
    afterAll(async () => {
      await trust.flush();
      await dispose();
    });

    it('is one statement: the order as stored, the card bound to exactly it and audited, then paid by the tap', async () => {
      await trust.flush();
      const before = statements();
      const { order, confirmation } = await pay.createOrderWithCard({ appId: 'coffee', userId: 'alice', sessionId: 'ses-a', skill: 'order', draft: latte(21) }, trust);
      expect(statements() - before).toBe(1);
      expect(await pay.getOrder(order.orderId)).toEqual(order);
      expect(order).toMatchObject({ status: 'created', amountFen: 2100, merchantName: '咖啡', sessionId: 'ses-a', skill: 'order' });
      expect(await trust.get(confirmation.id)).toMatchObject({
        status: 'pending', kind: 'payment', userId: 'alice', sessionId: 'ses-a', appId: 'coffee', orderId: order.orderId, amountFen: 2100,
        summary: { merchantName: '咖啡', payee: '咖啡', amountFen: 2100, lines: [{ name: '拿铁 Latte', qty: 1, unitPriceFen: 2100, options: { size: 'L' } }] },
      });
      const requested = (await trust.audit.list({ sessionId: 'ses-a' })).filter((r) => r.kind === 'confirmation-requested');
      expect(requested.map((r) => r.data)).toEqual([expect.objectContaining({ confirmationId: confirmation.id, orderId: order.orderId, amountFen: 2100 })]);

      const tap = { confirmationId: confirmation.id, token: confirmation.token, userId: 'alice', sessionId: 'ses-a', orderId: order.orderId, amountFen: 2100, redeemKey: 'k1', idempotencyKey: 'k1', entrance: 'web' };
      const paid = await pay.captureOnTap((input) => trust.redeem(input), tap);
      expect(paid).toMatchObject({ ok: true, captured: { ok: true, order: { status: 'paid' } } });
      expect(await pay.balance('alice')).toBe(100_00 - 2100);
      // used once: a second tap with a new key pays nothing more
      expect(await pay.captureOnTap((input) => trust.redeem(input), { ...tap, redeemKey: 'k2', idempotencyKey: 'k2' })).toMatchObject({ ok: false });
      expect(await pay.balance('alice')).toBe(100_00 - 2100);
      expect(await pay.verify()).toMatchObject({ ok: true });
      expect((await trust.audit.verify()).ok).toBe(true);
    });

    it("pays only its own order: the card does not redeem for another order or amount", async () => {
      const first = await pay.createOrderWithCard({ appId: 'coffee', userId: 'bob', sessionId: 'ses-b', draft: latte(21) }, trust);
      const second = await pay.createOrderWithCard({ appId: 'coffee', userId: 'bob', sessionId: 'ses-b', draft: latte(9) }, trust);
      const tap = { confirmationId: first.confirmation.id, token: first.confirmation.token, userId: 'bob', sessionId: 'ses-b', redeemKey: 'b1', idempotencyKey: 'b1', entrance: 'web' };
      expect(await pay.captureOnTap((input) => trust.redeem(input), { ...tap, orderId: second.order.orderId, amountFen: 900 })).toMatchObject({ ok: false });
      expect(await pay.getOrder(second.order.orderId)).toMatchObject({ status: 'created' });
      expect(await pay.balance('bob')).toBe(100_00);
    });

    it('writes neither when the card is refused (an order without a session to confirm it in)', async () => {
      const orders = (await pay.listOrders({ userId: 'bob' })).length;
      const error = await pay.createOrderWithCard({ appId: 'coffee', userId: 'bob', draft: latte(5) }, trust).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AgentOsError);
      expect((error as AgentOsError).details.where).toBe('confirmation.sessionId');
      expect(await pay.listOrders({ userId: 'bob' })).toHaveLength(orders);
    });

    it('takes two statements in a process that has not seen the merchant, with its stored name and its account opened', async () => {
      const fresh = new PayService({ store, clock: fixedClock('2026-11-20T10:00:00+08:00'), audit: trust.audit });
      await trust.flush(); // no seal pending that could run meanwhile
      const before = statements();
      const first = await fresh.createOrderWithCard({ appId: 'tea', userId: 'alice', sessionId: 'ses-t', draft: latte(12) }, trust);
      expect(statements() - before).toBe(2);
      expect(first.order.merchantName).toBe('tea');
      expect(await trust.get(first.confirmation.id)).toMatchObject({ orderId: first.order.orderId, amountFen: 1200, summary: { merchantName: 'tea' } });
      expect((await fresh.listAccounts('merchant')).map((a) => a.id)).toContain('merchant:tea');
      const again = await fresh.createOrderWithCard({ appId: 'coffee', userId: 'alice', sessionId: 'ses-t', draft: latte(3) }, trust);
      expect(again.order.merchantName).toBe('咖啡');
      expect(again.confirmation.summary.merchantName).toBe('咖啡');
    });
  });
}

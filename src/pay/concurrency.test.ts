import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import type { TrustService } from '../trust/index.ts';
import { paymentConfirmationRequest, type CaptureOutcome, type PayService } from './index.ts';
import { orderOf, payAndTrust } from './test-support.ts';

for (const variant of storeVariants()) {
  describe(`concurrent payments on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let pay: PayService;
    let trust: TrustService;

    beforeAll(async () => {
      ({ store, dispose } = await variant.open());
      ({ pay, trust } = payAndTrust(store, fixedClock('2026-11-20T10:00:00+08:00'), { entrancePercent: 2, operatorPercent: 1 }));
      await pay.ensureMerchant('coffee', '咖啡');
      await pay.ensureMerchant('rail', '火车票');
    });
    afterAll(() => dispose());

    it('50 simultaneous redemptions and captures of one confirmation capture exactly one payment', async () => {
      await pay.ensureWallet('solo', 100_00);
      const order = await orderOf(pay, { userId: 'solo', sessionId: 'ses-solo', amountFen: 2100 });
      const issued = await trust.create(paymentConfirmationRequest(order));
      const outcomes = await Promise.all(Array.from({ length: 50 }, async (_, i) => {
        const redeemed = await trust.redeem({ id: issued.id, token: issued.token, userId: 'solo', sessionId: 'ses-solo', orderId: order.orderId, amountFen: 2100, idempotencyKey: `tap-${i}` });
        // Every racer tries to capture, redeemed or not: only the order's one yes can pay, once.
        const captured = await pay.capture({ orderId: order.orderId, confirmationId: issued.id, idempotencyKey: `tap-${i}`, entrance: 'web' });
        return { redeemed: redeemed.ok, captured };
      }));
      expect(outcomes.filter((o) => o.redeemed)).toHaveLength(1);
      expect(outcomes.filter((o) => o.captured.ok)).toHaveLength(1);
      for (const o of outcomes.filter((x) => !x.captured.ok)) expect(['not_payable', 'confirmation_required']).toContain((o.captured as { reason: string }).reason);
      expect(await pay.balance('solo')).toBe(100_00 - 2100);
      expect(await store.query(`SELECT id FROM ledger_transactions WHERE order_id = $1`, [order.orderId])).toHaveLength(1);
      expect(await pay.verify()).toMatchObject({ ok: true });
    });

    it('200 concurrent payments across 20 users leave every balance at its start minus its captures', async () => {
      const users = Array.from({ length: 20 }, (_, u) => `user-${u}`);
      const startFen = 100_00;
      await Promise.all(users.map((user) => pay.ensureWallet(user, startFen)));
      const requests = users.flatMap((user, u) => Array.from({ length: 10 }, (_, i) => ({
        user, appId: i % 2 ? 'coffee' : 'rail', amountFen: 500 + ((u * 7 + i * 13) % 20) * 101, key: `${user}-pay-${i}`,
      })));
      const results = await Promise.all(requests.map(async (request) => {
        const sessionId = `ses-${request.user}`;
        const order = await orderOf(pay, { appId: request.appId, userId: request.user, sessionId, amountFen: request.amountFen });
        const issued = await trust.create(paymentConfirmationRequest(order));
        const redeemed = await trust.redeem({ id: issued.id, token: issued.token, userId: request.user, sessionId, orderId: order.orderId, amountFen: order.amountFen, idempotencyKey: request.key });
        if (!redeemed.ok) throw new Error(`unexpected refusal ${redeemed.reason}`);
        const outcome: CaptureOutcome = await pay.capture({ orderId: order.orderId, confirmationId: issued.id, idempotencyKey: request.key, entrance: 'web' });
        return { ...request, outcome };
      }));
      const captured = results.filter((r) => r.outcome.ok);
      const refused = results.filter((r) => !r.outcome.ok);
      expect(captured.length + refused.length).toBe(200);
      expect(refused.length).toBeGreaterThan(0); // the amounts outrun some wallets on purpose
      for (const r of refused) expect(r.outcome).toMatchObject({ reason: 'insufficient_funds' });
      for (const user of users) {
        const spent = captured.filter((r) => r.user === user).reduce((sum, r) => sum + r.amountFen, 0);
        const balance = await pay.balance(user);
        expect(balance).toBe(startFen - spent);
        // A refusal happened only when the money really was not there.
        for (const r of refused.filter((x) => x.user === user)) expect(balance).toBeLessThan(r.amountFen);
      }
      const merchants = await pay.listAccounts('merchant');
      const entrance = await pay.listAccounts('entrance');
      const operator = await pay.listAccounts('operator');
      const received = [...merchants, ...entrance, ...operator].reduce((sum, a) => sum + a.balanceFen, 0);
      expect(received).toBe(captured.reduce((sum, r) => sum + r.amountFen, 0) + 2100);
      expect(await pay.verify()).toMatchObject({ ok: true, problems: [] });
      expect((await trust.audit.verify()).ok).toBe(true);
    });
  });
}

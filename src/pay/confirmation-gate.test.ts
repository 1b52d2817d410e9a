import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeVariants, type Store } from '../store/index.ts';
import type { TrustService } from '../trust/index.ts';
import { paymentConfirmationRequest, type PayService } from './index.ts';
import { confirmedPayment, manualClock, orderOf, payAndTrust } from './test-support.ts';

/**
 * A scripted planner tries every way around the user's confirmation. It sees what a planner
 * sees — order ids, confirmation ids, amounts — but never a token. Each attempt is refused and
 * nothing is paid.
 */
for (const variant of storeVariants()) {
  describe(`the confirmation gate on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let pay: PayService;
    let trust: TrustService;
    const clock = manualClock();
    const alice = { userId: 'alice', sessionId: 'ses-alice' };
    let key = 0;
    const nextKey = () => `planner-${++key}`;

    beforeAll(async () => {
      ({ store, dispose } = await variant.open());
      ({ pay, trust } = payAndTrust(store, clock));
      await pay.ensureMerchant('coffee', '咖啡');
      await pay.ensureWallet('alice', 100_00);
      await pay.ensureWallet('mallory', 100_00);
    });
    afterAll(() => dispose());

    async function expectNothingPaid(orderIds: string[]) {
      expect(await pay.balance('alice')).toBe(100_00 - (await paidByAlice()));
      for (const orderId of orderIds) {
        const order = await pay.getOrder(orderId);
        expect(['created', 'canceled']).toContain(order?.status);
        const captures = await store.query('SELECT 1 FROM ledger_transactions WHERE order_id = $1', [orderId]);
        expect(captures).toHaveLength(0);
      }
      expect(await pay.verify()).toMatchObject({ ok: true, problems: [] });
    }
    async function paidByAlice() {
      const [row] = await store.query<{ fen: number }>(`SELECT coalesce(sum(amount_fen), 0)::bigint AS fen FROM orders WHERE user_id = 'alice' AND status = 'paid'`);
      return Number(row?.fen ?? 0);
    }

    it('cannot capture without any confirmation, or with one the user has not redeemed', async () => {
      const order = await orderOf(pay, { ...alice, amountFen: 2100 });
      const none = await pay.capture({ orderId: order.orderId, confirmationId: 'cfm_made_up', idempotencyKey: nextKey(), entrance: 'planner' });
      expect(none).toMatchObject({ ok: false, reason: 'confirmation_required' });
      const pending = await trust.create(paymentConfirmationRequest(order));
      const early = await pay.capture({ orderId: order.orderId, confirmationId: pending.id, idempotencyKey: nextKey(), entrance: 'planner' });
      expect(early).toMatchObject({ ok: false, reason: 'confirmation_required' });
      expect(!early.ok && early.message.zh).toContain('还没有确认');
      for (const token of ['', 'yes', 'confirm', pending.id]) {
        expect(await trust.redeem({ id: pending.id, token, ...alice, orderId: order.orderId, amountFen: 2100 })).toMatchObject({ ok: false, reason: 'wrong_token' });
      }
      await expectNothingPaid([order.orderId]);
    });

    it('cannot replay a used token, nor reuse a redeemed confirmation for another order', async () => {
      const { order: first, confirmation, outcome } = await confirmedPayment(pay, trust, { ...alice, amountFen: 2100, key: nextKey() });
      expect(outcome.ok).toBe(true);
      const second = await orderOf(pay, { ...alice, amountFen: 2100 });
      const replay = await trust.redeem({ id: confirmation.id, token: confirmation.token, ...alice, orderId: first.orderId, amountFen: 2100 });
      expect(replay).toMatchObject({ ok: false, reason: 'already_used' });
      const reuse = await pay.capture({ orderId: second.orderId, confirmationId: confirmation.id, idempotencyKey: nextKey(), entrance: 'planner' });
      expect(reuse).toMatchObject({ ok: false, reason: 'confirmation_required' });
      expect(await pay.capture({ orderId: first.orderId, confirmationId: confirmation.id, idempotencyKey: nextKey(), entrance: 'planner' }))
        .toMatchObject({ ok: false, reason: 'not_payable' });
      await expectNothingPaid([second.orderId]);
      expect(await pay.balance('alice')).toBe(100_00 - 2100);
    });

    it('cannot confirm a different amount, nor pay a dearer order with a cheaper yes', async () => {
      const cheap = await orderOf(pay, { ...alice, amountFen: 2100 });
      const issued = await trust.create(paymentConfirmationRequest(cheap));
      expect(await trust.redeem({ id: issued.id, token: issued.token, ...alice, orderId: cheap.orderId, amountFen: 21 })).toMatchObject({ ok: false, reason: 'amount_mismatch' });
      expect(await trust.redeem({ id: issued.id, token: issued.token, ...alice, orderId: cheap.orderId, amountFen: 2100 })).toMatchObject({ ok: true });
      const dear = await orderOf(pay, { ...alice, amountFen: 21000 });
      const swap = await pay.capture({ orderId: dear.orderId, confirmationId: issued.id, idempotencyKey: nextKey(), entrance: 'planner' });
      expect(swap).toMatchObject({ ok: false, reason: 'confirmation_required' });
      expect(!swap.ok && swap.message.en).toMatch(/order, amount/);
      await expectNothingPaid([dear.orderId]);
      await pay.cancel(cheap.orderId);
    });

    it('cannot confirm after expiry', async () => {
      const order = await orderOf(pay, { ...alice, amountFen: 2100 });
      const issued = await trust.create(paymentConfirmationRequest(order));
      clock.advance(10 * 60_000 + 1);
      expect(await trust.redeem({ id: issued.id, token: issued.token, ...alice, orderId: order.orderId, amountFen: 2100 })).toMatchObject({ ok: false, reason: 'expired' });
      expect(await pay.capture({ orderId: order.orderId, confirmationId: issued.id, idempotencyKey: nextKey(), entrance: 'planner' }))
        .toMatchObject({ ok: false, reason: 'confirmation_required' });
      await expectNothingPaid([order.orderId]);
    });

    it("cannot confirm another user's order, or from another session", async () => {
      const order = await orderOf(pay, { ...alice, amountFen: 2100 });
      const issued = await trust.create(paymentConfirmationRequest(order));
      const gesture = { id: issued.id, token: issued.token, orderId: order.orderId, amountFen: 2100 };
      expect(await trust.redeem({ ...gesture, userId: 'mallory', sessionId: 'ses-alice' })).toMatchObject({ ok: false, reason: 'wrong_user' });
      expect(await trust.redeem({ ...gesture, userId: 'alice', sessionId: 'ses-other' })).toMatchObject({ ok: false, reason: 'wrong_session' });
      // Mallory's own redeemed yes cannot pay Alice's order either.
      const hers = await orderOf(pay, { userId: 'mallory', sessionId: 'ses-mallory', amountFen: 2100 });
      const malloryYes = await trust.create(paymentConfirmationRequest(hers));
      await trust.redeem({ id: malloryYes.id, token: malloryYes.token, userId: 'mallory', sessionId: 'ses-mallory', orderId: hers.orderId, amountFen: 2100 });
      const refusedKey = nextKey();
      const refused = await pay.capture({ orderId: order.orderId, confirmationId: malloryYes.id, idempotencyKey: refusedKey, entrance: 'planner' });
      expect(refused).toMatchObject({ ok: false, reason: 'confirmation_required' });
      // the words name every way the yes is not this order's: another order, another user, another session
      expect(!refused.ok && refused.message.en).toContain('(order, user, session)');
      expect(!refused.ok && refused.message.zh).toContain('（order, user, session）');
      // and the refusal is on the record, as the order's: whose order, which yes, why, under which key
      const records = (await trust.audit.list({ sessionId: 'ses-alice', limit: 500 })).filter((r) => r.kind === 'payment-refused' && r.data.idempotencyKey === refusedKey);
      expect(records).toEqual([expect.objectContaining({
        actor: 'hub', userId: 'alice', appId: 'coffee', sessionId: 'ses-alice',
        data: { orderId: order.orderId, confirmationId: malloryYes.id, reason: 'confirmation_required', idempotencyKey: refusedKey },
      })]);
      await expectNothingPaid([order.orderId]);
    });

    it('declining cancels cleanly, says so, and nothing can pay the order afterwards', async () => {
      const order = await orderOf(pay, { ...alice, amountFen: 2100 });
      const issued = await trust.create(paymentConfirmationRequest(order));
      const declined = await trust.decline({ id: issued.id, ...alice, token: issued.token });
      expect(declined).toMatchObject({ ok: true, confirmation: { status: 'declined' } });
      const canceled = await pay.cancel(order.orderId, 'user declined');
      expect(canceled).toMatchObject({ ok: true, order: { status: 'canceled' } });
      const redeem = await trust.redeem({ id: issued.id, token: issued.token, ...alice, orderId: order.orderId, amountFen: 2100 });
      expect(redeem).toMatchObject({ ok: false, reason: 'declined' });
      const capture = await pay.capture({ orderId: order.orderId, confirmationId: issued.id, idempotencyKey: nextKey(), entrance: 'planner' });
      expect(capture).toMatchObject({ ok: false, reason: 'not_payable' });
      expect(!capture.ok && capture.message.en).toContain('canceled');
      await expectNothingPaid([order.orderId]);
    });

    it('canceling an order voids its pending card, so a late tap pays nothing', async () => {
      const order = await orderOf(pay, { ...alice, amountFen: 2100 });
      const issued = await trust.create(paymentConfirmationRequest(order));
      await pay.cancel(order.orderId);
      expect((await trust.get(issued.id))?.status).toBe('declined');
      // the audit log says why the card died: its order was canceled, not the user's no
      const died = (await trust.audit.list({ sessionId: alice.sessionId, limit: 10_000 }))
        .filter((r) => r.kind === 'confirmation-declined' && r.data.confirmationId === issued.id);
      expect(died).toEqual([expect.objectContaining({ actor: 'hub', userId: 'alice', appId: 'coffee', data: { confirmationId: issued.id, orderId: order.orderId, reason: 'order canceled' } })]);
      expect(await trust.redeem({ id: issued.id, token: issued.token, ...alice, orderId: order.orderId, amountFen: 2100 })).toMatchObject({ ok: false, reason: 'declined' });
      await expectNothingPaid([order.orderId]);
      expect((await trust.audit.verify()).ok).toBe(true);
    });
  });
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeVariants, type Store } from '../store/index.ts';
import type { TrustService } from '../trust/index.ts';
import type { PayService } from './index.ts';
import { confirmedPayment, manualClock, orderOf, payAndTrust } from './test-support.ts';

/** A refund moves money back to the payer: never for an unpaid order, never twice for one key. */
for (const variant of storeVariants()) {
  describe(`refunds on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let pay: PayService;
    let trust: TrustService;
    let key = 0;
    const payment = (amountFen: number) =>
      confirmedPayment(pay, trust, { userId: 'alice', sessionId: 's-refund', amountFen, key: `cap-${++key}`, entrance: 'web' });

    beforeAll(async () => {
      ({ store, dispose } = await variant.open());
      ({ pay, trust } = payAndTrust(store, manualClock(), { entrancePercent: 2, operatorPercent: 1 }));
      await pay.ensureMerchant('coffee', '咖啡');
      await pay.ensureWallet('alice', 100_00);
    });
    afterAll(() => dispose());

    it('gives nothing back for an order never paid, or canceled', async () => {
      const unpaid = await orderOf(pay, { userId: 'alice', sessionId: 's-refund', amountFen: 800 });
      const canceled = await orderOf(pay, { userId: 'alice', sessionId: 's-refund', amountFen: 700 });
      await pay.cancel(canceled.orderId);
      const before = await pay.balance('alice');
      expect(await pay.refund({ orderId: unpaid.orderId, reason: 'x', idempotencyKey: 'rf-unpaid' })).toMatchObject({ ok: false, reason: 'not_refundable' });
      expect(await pay.refund({ orderId: canceled.orderId, amountFen: 100, reason: 'x', idempotencyKey: 'rf-canceled' })).toMatchObject({ ok: false, reason: 'not_refundable' });
      expect(await pay.refund({ orderId: 'ord_missing', reason: 'x', idempotencyKey: 'rf-missing' })).toMatchObject({ ok: false, reason: 'not_found' });
      expect(await pay.balance('alice')).toBe(before);
      expect((await pay.getOrder(unpaid.orderId))?.status).toBe('created');
    });

    it('refuses a part of a fen, and a key reused for another refund, moving nothing', async () => {
      const { order } = await payment(2000);
      const before = await pay.balance('alice');
      expect(await pay.refund({ orderId: order.orderId, amountFen: 1.5, reason: 'x', idempotencyKey: 'rf-frac' })).toMatchObject({ ok: false, reason: 'invalid_amount' });
      expect(await pay.refund({ orderId: order.orderId, amountFen: 500, reason: 'x', idempotencyKey: 'rf-a' })).toMatchObject({ ok: true, amountFen: 500, replayed: false });
      expect(await pay.refund({ orderId: order.orderId, amountFen: 900, reason: 'x', idempotencyKey: 'rf-a' })).toMatchObject({ ok: false, reason: 'idempotency_conflict' });
      expect(await pay.balance('alice')).toBe(before + 500);
      expect(await pay.getOrder(order.orderId)).toMatchObject({ refundedFen: 500, status: 'partially_refunded' });
    });

    it('answers a retried refusal with the same refusal, never with a success that moved nothing', async () => {
      const { order } = await payment(1000);
      const before = await pay.balance('alice');
      const over = await pay.refund({ orderId: order.orderId, amountFen: 1001, reason: 'x', idempotencyKey: 'rf-over' });
      expect(over).toMatchObject({ ok: false, reason: 'exceeds_refundable' });
      expect(await pay.refund({ orderId: order.orderId, amountFen: 1001, reason: 'x', idempotencyKey: 'rf-over' })).toEqual(over);
      expect(await pay.balance('alice')).toBe(before);
      const whole = await pay.refund({ orderId: order.orderId, reason: '整单退', idempotencyKey: 'rf-whole' });
      expect(whole).toMatchObject({ ok: true, amountFen: 1000, order: { status: 'refunded', refundedFen: 1000 } });
      const again = await pay.refund({ orderId: order.orderId, reason: '整单退', idempotencyKey: 'rf-whole' });
      expect(again).toEqual({ ...whole, replayed: true });
      expect(await pay.balance('alice')).toBe(before + 1000);
    });

    it('needs a key, and answers a key another mini-program used with a conflict, never with that refund', async () => {
      const { order } = await payment(1200);
      await expect(pay.refund({ orderId: order.orderId, amountFen: 100, reason: 'x', idempotencyKey: '' })).rejects.toMatchObject({ code: 'BAD_REQUEST', details: { where: 'refund.idempotencyKey' } });
      const mine = await pay.refund({ orderId: order.orderId, amountFen: 100, reason: 'x', idempotencyKey: 'rf-shared', appId: 'coffee' });
      expect(mine).toMatchObject({ ok: true, amountFen: 100 });
      // the same key, order and amount from another mini-program learns nothing of it and moves nothing
      expect(await pay.refund({ orderId: order.orderId, amountFen: 100, reason: 'x', idempotencyKey: 'rf-shared', appId: 'tea' })).toMatchObject({ ok: false, reason: 'idempotency_conflict' });
      expect(await pay.getOrder(order.orderId)).toMatchObject({ refundedFen: 100 });
    });

    it('keeps in the ledger why money went back and from which accounts, under a refund id of its own kind', async () => {
      const { order } = await payment(1000);
      const refunded = await pay.refund({ orderId: order.orderId, amountFen: 300, reason: '少一杯', idempotencyKey: 'rf-ledger' });
      if (!refunded.ok) throw new Error(refunded.reason);
      expect(refunded.refundId).toMatch(/^rfd_/);
      const [txn] = await store.query<{ kind: string; reason: string; data: { returnedBy: { accountId: string; fen: number }[] } }>(
        'SELECT kind, reason, data FROM ledger_transactions WHERE id = $1', [refunded.refundId]);
      expect(txn?.kind).toBe('refund');
      expect(txn?.reason).toBe('少一杯');
      // 2 % entrance and 1 % operator shares: the 300 comes back from the merchant, the entrance and the operator
      expect(txn?.data.returnedBy.reduce((sum, part) => sum + part.fen, 0)).toBe(300);
      expect(txn?.data.returnedBy.map((part) => part.accountId).sort()).toEqual(['entrance:web', 'merchant:coffee', 'operator']);
    });

    it('takes an odd fen back from the merchant before an entrance that holds as much', async () => {
      const shared = payAndTrust(store, manualClock(), { entrancePercent: 40, operatorPercent: 20 });
      const { order } = await confirmedPayment(shared.pay, shared.trust, { userId: 'alice', sessionId: 's-refund', amountFen: 500, key: 'cap-even', entrance: 'web' });
      expect(order.amountFen).toBe(500); // merchant 200, entrance 200, operator 100
      const refunded = await shared.pay.refund({ orderId: order.orderId, amountFen: 1, reason: 'odd fen', idempotencyKey: 'rf-odd' });
      const entries = await store.query<{ account_id: string; amount_fen: number }>(
        'SELECT account_id, amount_fen FROM ledger_entries WHERE transaction_id = $1 ORDER BY account_id', [refunded.ok && refunded.refundId]);
      expect(entries.map((e) => [e.account_id, Number(e.amount_fen)])).toEqual([['merchant:coffee', -1], ['wallet:alice', 1]]);
    });

    it('records who gave how much back, for which order and why', async () => {
      const { order } = await payment(3000);
      const byApp = await pay.refundFromApp({ appId: 'coffee', orderId: order.orderId, amount: 10, reason: '缺货' });
      const byOperator = await pay.refund({ orderId: order.orderId, amountFen: 500, reason: '投诉', idempotencyKey: 'rf-op', actor: 'operator:ops' });
      const byHub = await pay.refund({ orderId: order.orderId, amountFen: 100, reason: '', idempotencyKey: 'rf-hub' });
      const records = (await trust.audit.list({ sessionId: 's-refund', limit: 1000 })).filter((r) => r.kind === 'payment-refunded' && r.data.orderId === order.orderId);
      expect(records.map((r) => [r.actor, r.userId, r.appId, r.data.amountFen, r.data.refundedFen, r.data.reason])).toEqual([
        ['app:coffee', 'alice', 'coffee', 1000, 1000, '缺货'],
        ['operator:ops', 'alice', 'coffee', 500, 1500, '投诉'],
        ['hub', 'alice', 'coffee', 100, 1600, ''],
      ]);
      expect(records.map((r) => r.data.refundId)).toEqual([byApp.refundId, byOperator.ok && byOperator.refundId, byHub.ok && byHub.refundId]);
      expect(await pay.verify()).toMatchObject({ ok: true, problems: [] });
    });
  });
}

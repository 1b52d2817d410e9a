import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentOsError } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import type { TrustService } from '../trust/index.ts';
import { paymentConfirmationRequest, PayService } from './index.ts';
import { confirmedPayment, manualClock, orderOf, payAndTrust } from './test-support.ts';

for (const variant of storeVariants()) {
  describe(`payments on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let pay: PayService;
    let trust: TrustService;
    const clock = manualClock();

    beforeAll(async () => {
      ({ store, dispose } = await variant.open());
      ({ pay, trust } = payAndTrust(store, clock, { entrancePercent: 1.5, operatorPercent: 3 }));
      await pay.ensureMerchant('coffee', '星巴克咖啡');
      await pay.ensureWallet('alice', 100_00);
    });
    afterAll(() => dispose());

    it('opens a wallet once, with its starting balance funded through the ledger', async () => {
      expect(await pay.ensureWallet('alice', 999_00)).toBe(100_00);
      expect(await pay.balance('alice')).toBe(100_00);
      expect(await pay.balance('nobody')).toBe(0);
      expect(await pay.topUp('alice', 50_00, 'topup-1')).toBe(150_00);
      expect(await pay.topUp('alice', 50_00, 'topup-1')).toBe(150_00);
      await expect(pay.topUp('alice', 1, 'topup-1')).rejects.toThrow(AgentOsError);
      expect((await pay.listAccounts('funding'))[0]?.balanceFen).toBe(-150_00);
      await Promise.all(Array.from({ length: 10 }, () => pay.ensureWallet('carol', 500)));
      expect(await pay.balance('carol')).toBe(500);
      expect((await pay.listAccounts('funding'))[0]?.balanceFen).toBe(-150_00 - 500);
    });

    it('names a merchant once per process: the same name again reads nothing, a new one is stored', async () => {
      const statements: string[] = [];
      const counted = { ...store, kind: store.kind, asyncCommit: store.asyncCommit, locks: store.locks.bind(store), notify: store.notify.bind(store),
        listen: store.listen.bind(store), exec: store.exec.bind(store), transaction: store.transaction.bind(store), close: store.close.bind(store),
        query: <T>(text: string, params?: readonly unknown[]) => { statements.push(text); return store.query<T>(text, params); } } as Store;
      const own = new PayService({ store: counted, clock });
      await own.ensureMerchant('tea', '茶馆');
      const first = statements.length;
      expect(first).toBeGreaterThan(0);
      await own.ensureMerchant('tea', '茶馆');
      expect(statements).toHaveLength(first);
      await own.ensureMerchant('tea', '新茶馆');
      expect(statements.length).toBeGreaterThan(first);
      expect((await pay.listAccounts('merchant')).find((a) => a.id === 'merchant:tea')?.name).toBe('新茶馆');
    });

    it('creates an order with its lines, meta, skill and notifyApi, charging nothing', async () => {
      const order = await pay.createOrder({
        appId: 'coffee', userId: 'alice', sessionId: 's1',
        draft: { title: '大杯冰拿铁', amount: 21, lines: [{ ref: 'd02', name: '拿铁', qty: 1, unitPrice: 21, options: { size: 'L', temperature: 'iced' } }], meta: { store: 's1', fulfilment: 'pickup' }, notifyApi: 'onPaid', skill: 'order' },
      });
      expect(order).toMatchObject({
        status: 'created', amount: 21, refunded: 0, amountFen: 2100, merchantName: '星巴克咖啡', skill: 'order', notifyApi: 'onPaid',
        meta: { store: 's1', fulfilment: 'pickup' }, lines: [{ ref: 'd02', qty: 1, unitPriceFen: 2100, options: { size: 'L', temperature: 'iced' } }],
      });
      expect(await pay.getOrder(order.orderId)).toEqual(order);
      // the card the user confirms shows the options chosen, not only the name and price
      expect(paymentConfirmationRequest(order).summary.lines).toEqual([{ name: '拿铁', qty: 1, unitPriceFen: 2100, options: { size: 'L', temperature: 'iced' } }]);
      expect(await pay.balance('alice')).toBe(150_00);
      await expect(pay.createOrder({ appId: 'coffee', userId: 'alice', draft: { title: 'x', amount: 20.999, lines: [] } })).rejects.toThrow(/two decimals/);
    });

    it('captures a confirmed order: wallet to merchant, entrance and operator, split recorded, audited', async () => {
      const { order, outcome } = await confirmedPayment(pay, trust, { userId: 'alice', sessionId: 's1', amountFen: 2100, key: 'cap-1', entrance: 'web' });
      expect(outcome).toMatchObject({ ok: true, replayed: false, order: { status: 'paid', confirmationId: expect.any(String) } });
      expect(outcome.ok && outcome.order.split).toEqual({ policy: { entrancePercent: 1.5, operatorPercent: 3 }, entrance: 'web', entranceFen: 31, operatorFen: 63, merchantFen: 2006 });
      expect(await pay.balance('alice')).toBe(150_00 - 2100);
      const balances = Object.fromEntries((await pay.listAccounts()).map((a) => [a.id, a.balanceFen]));
      expect(balances).toMatchObject({ 'merchant:coffee': 2006, 'entrance:web': 31, operator: 63 });
      const kinds = (await trust.audit.list({ sessionId: 's1' })).map((r) => r.kind);
      expect(kinds.slice(-3)).toEqual(['confirmation-requested', 'confirmation-granted', 'payment-captured']);
      expect((await pay.listOrders({ userId: 'alice', status: 'paid' })).map((o) => o.orderId)).toContain(order.orderId);
    });

    it('returns the first outcome to a retried capture and never charges twice', async () => {
      const [paid] = await pay.listOrders({ userId: 'alice', status: 'paid' });
      const before = await pay.balance('alice');
      const again = await pay.capture({ orderId: paid!.orderId, confirmationId: paid!.confirmationId!, idempotencyKey: 'cap-1', entrance: 'web' });
      expect(again).toMatchObject({ ok: true, replayed: true, order: { orderId: paid!.orderId, status: 'paid' } });
      const conflict = await pay.capture({ orderId: 'other', confirmationId: paid!.confirmationId!, idempotencyKey: 'cap-1', entrance: 'web' });
      expect(conflict).toMatchObject({ ok: false, reason: 'idempotency_conflict' });
      expect(await pay.balance('alice')).toBe(before);
      await expect(pay.capture({ orderId: paid!.orderId, confirmationId: 'c', idempotencyKey: '', entrance: 'web' })).rejects.toThrow(/idempotency key/);
      // a key that is not a string is refused as one missing
      await expect(pay.capture({ orderId: paid!.orderId, confirmationId: 'c', idempotencyKey: 12345 as unknown as string, entrance: 'web' })).rejects.toMatchObject({ code: 'BAD_REQUEST', details: { where: 'capture.idempotencyKey' } });
      // a key is at most 200 characters: a longer one is refused before anything is read, one of 200 is taken
      await expect(pay.capture({ orderId: paid!.orderId, confirmationId: 'c', idempotencyKey: 'k'.repeat(201), entrance: 'web' })).rejects.toMatchObject({ code: 'BAD_REQUEST', details: { where: 'capture.idempotencyKey' } });
      expect(await pay.capture({ orderId: paid!.orderId, confirmationId: 'c', idempotencyKey: 'k'.repeat(200), entrance: 'web' })).toMatchObject({ ok: false });
    });

    it('a key another request already claimed leaves a payable order unpaid: nothing of the capture is written', async () => {
      const order = await orderOf(pay, { userId: 'alice', sessionId: 's1', amountFen: 400 });
      const issued = await trust.create(paymentConfirmationRequest(order));
      expect(await trust.redeem({ id: issued.id, token: issued.token, userId: 'alice', sessionId: 's1', orderId: order.orderId, amountFen: 400 })).toMatchObject({ ok: true });
      const before = await pay.balance('alice');
      const count = async (sql: string) => (await store.query<{ n: number }>(sql, [order.orderId]))[0]?.n;
      const conflict = await pay.capture({ orderId: order.orderId, confirmationId: issued.id, idempotencyKey: 'cap-1', entrance: 'web' });
      expect(conflict).toMatchObject({ ok: false, reason: 'idempotency_conflict' });
      expect(await pay.getOrder(order.orderId)).toMatchObject({ status: 'created' });
      expect(await pay.balance('alice')).toBe(before);
      expect(await count('SELECT count(*)::int AS n FROM ledger_entries WHERE order_id = $1')).toBe(0);
      expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE kind = 'payment-captured' AND data->>'orderId' = $1`)).toBe(0);
      expect(await pay.capture({ orderId: order.orderId, confirmationId: issued.id, idempotencyKey: 'cap-own', entrance: 'web' })).toMatchObject({ ok: true, replayed: false });
      expect(await pay.balance('alice')).toBe(before - 400);
      expect(await pay.verify()).toMatchObject({ ok: true });
    });

    it('completes a gesture cut off between redeem and capture when it is retried with its key, once', async () => {
      const order = await orderOf(pay, { userId: 'alice', sessionId: 's1', amountFen: 300 });
      const issued = await trust.create(paymentConfirmationRequest(order));
      const gesture = { id: issued.id, token: issued.token, userId: 'alice', sessionId: 's1', orderId: order.orderId, amountFen: 300, idempotencyKey: 'tap-cut' };
      expect(await trust.redeem(gesture)).toMatchObject({ ok: true, replayed: false });
      // … the hub dies here; the entrance retries the same tap:
      expect(await trust.redeem(gesture)).toMatchObject({ ok: true, replayed: true });
      const before = await pay.balance('alice');
      expect(await pay.capture({ orderId: order.orderId, confirmationId: issued.id, idempotencyKey: 'tap-cut', entrance: 'web' })).toMatchObject({ ok: true, replayed: false });
      expect(await pay.capture({ orderId: order.orderId, confirmationId: issued.id, idempotencyKey: 'tap-cut', entrance: 'web' })).toMatchObject({ ok: true, replayed: true });
      expect(await pay.balance('alice')).toBe(before - 300);
    });

    it('says plainly when the balance is short, in both languages, and takes nothing', async () => {
      await pay.ensureWallet('bob', 0);
      const order = await orderOf(pay, { userId: 'bob', sessionId: 's2', amountFen: 2100 });
      const issued = await trust.create(paymentConfirmationRequest(order));
      await trust.redeem({ id: issued.id, token: issued.token, userId: 'bob', sessionId: 's2', orderId: order.orderId, amountFen: 2100 });
      const outcome = await pay.capture({ orderId: order.orderId, confirmationId: issued.id, idempotencyKey: 'bob-1', entrance: 'web' });
      expect(outcome).toEqual({
        ok: false, reason: 'insufficient_funds',
        message: { zh: '余额不足：需支付 ¥21.00，当前余额 ¥0.00。没有扣款。', en: 'Insufficient balance: ¥21.00 to pay, ¥0.00 available. Nothing was charged.' },
      });
      expect(await pay.balance('bob')).toBe(0);
      expect((await pay.getOrder(order.orderId))?.status).toBe('created');
      expect(await pay.capture({ orderId: order.orderId, confirmationId: issued.id, idempotencyKey: 'bob-1', entrance: 'web' })).toEqual(outcome);
    });

    it('refunds in part and in whole, never past what was captured, taking the split back in proportion', async () => {
      const { order } = await confirmedPayment(pay, trust, { userId: 'alice', sessionId: 's1', amountFen: 4000, key: 'cap-2', entrance: 'web' });
      const start = await pay.balance('alice');
      const part = await pay.refund({ orderId: order.orderId, amountFen: 1000, reason: '少了一份', idempotencyKey: 'rf-1' });
      expect(part).toMatchObject({ ok: true, amountFen: 1000, order: { status: 'partially_refunded', refundedFen: 1000, refunded: 10 } });
      expect(await pay.refund({ orderId: order.orderId, amountFen: 1000, reason: '少了一份', idempotencyKey: 'rf-1' })).toMatchObject({ ok: true, replayed: true });
      expect(await pay.balance('alice')).toBe(start + 1000);
      const over = await pay.refund({ orderId: order.orderId, amountFen: 3001, reason: 'too much', idempotencyKey: 'rf-2' });
      expect(over).toMatchObject({ ok: false, reason: 'exceeds_refundable' });
      expect(!over.ok && over.message.zh).toContain('¥30.00');
      expect(await pay.refund({ orderId: order.orderId, amountFen: 0, reason: 'zero', idempotencyKey: 'rf-3' })).toMatchObject({ ok: false, reason: 'invalid_amount' });
      const rest = await pay.refund({ orderId: order.orderId, reason: '整单退', idempotencyKey: 'rf-4' });
      expect(rest).toMatchObject({ ok: true, amountFen: 3000, order: { status: 'refunded', refundedFen: 4000 } });
      expect(await pay.refund({ orderId: order.orderId, reason: 'again', idempotencyKey: 'rf-5' })).toMatchObject({ ok: false, reason: 'not_refundable' });
      expect(await pay.balance('alice')).toBe(start + 4000);
      const [entries] = await store.query<{ fen: number }>(`SELECT sum(amount_fen)::bigint AS fen FROM ledger_entries WHERE order_id = $1 AND account_id <> 'wallet:alice'`, [order.orderId]);
      expect(Number(entries?.fen)).toBe(0);
      expect(await pay.verify()).toMatchObject({ ok: true });
    });

    it("lets a mini-program refund only its own orders, in yuan", async () => {
      const { order } = await confirmedPayment(pay, trust, { userId: 'alice', sessionId: 's1', amountFen: 2100, key: 'cap-3' });
      await expect(pay.refundFromApp({ appId: 'rail', orderId: order.orderId, amount: 1 })).rejects.toThrow(/refundOrder:fail No order/);
      await expect(pay.refundFromApp({ appId: 'coffee', orderId: order.orderId, amount: 1.001 })).rejects.toThrow(/refundOrder:fail .*two decimals/);
      expect(await pay.refundFromApp({ appId: 'coffee', orderId: order.orderId, amount: 5.5, reason: '缺货' })).toEqual({ refundId: expect.any(String), amount: 5.5 });
      const before = await pay.balance('alice');
      await expect(pay.refundFromApp({ appId: 'coffee', orderId: order.orderId, amount: 100 })).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'exceeds_refundable' } });
      expect((await pay.getOrder(order.orderId))?.refunded).toBe(5.5);
      expect(await pay.balance('alice')).toBe(before); // nothing went back beyond what was captured
    });

    it('cancels only an unpaid order', async () => {
      const order = await orderOf(pay, { userId: 'alice', sessionId: 's1', amountFen: 900 });
      expect(await pay.cancel(order.orderId)).toMatchObject({ ok: true, order: { status: 'canceled' } });
      expect(await pay.cancel(order.orderId)).toMatchObject({ ok: true });
      const [paid] = await pay.listOrders({ userId: 'alice', status: 'paid' });
      expect(await pay.cancel(paid!.orderId)).toMatchObject({ ok: false, reason: 'not_cancelable' });
      expect(await pay.cancel('ord_missing')).toMatchObject({ ok: false, reason: 'not_found' });
    });

    it('shows each order the merchant name stored now, and opens the account of a mini-program never paid before', async () => {
      await pay.ensureMerchant('bakery', '面包房');
      await pay.ensureWallet('dora', 100_00);
      await confirmedPayment(pay, trust, { appId: 'bakery', userId: 'dora', sessionId: 's-dora', amountFen: 800, key: 'cap-bakery' });
      // Renamed by another hub process: this one's next order (its merchant known since the capture) shows the new name.
      await store.query(`UPDATE ledger_accounts SET name = '新面包房' WHERE id = 'merchant:bakery'`);
      expect((await orderOf(pay, { appId: 'bakery', userId: 'dora', sessionId: 's-dora', amountFen: 800 })).merchantName).toBe('新面包房');
      const juice = await orderOf(pay, { appId: 'juice', userId: 'dora', sessionId: 's-dora', amountFen: 600 });
      expect(juice.merchantName).toBe('juice');
      expect((await pay.listAccounts('merchant')).map((a) => a.id)).toContain('merchant:juice');
    });

    it('verify passes on an honest ledger and names each broken invariant', async () => {
      expect(await pay.verify()).toMatchObject({ ok: true, problems: [] });
      await store.query(`UPDATE ledger_accounts SET balance_fen = balance_fen + 1 WHERE id = 'wallet:alice'`);
      await store.query(
        `INSERT INTO orders (id, app_id, user_id, title, amount_fen, lines, status, created_at) VALUES ('ord_forged', 'coffee', 'alice', 'x', 100, '[]', 'paid', now())`);
      const result = await pay.verify();
      expect(result.ok).toBe(false);
      expect(result.problems.map((p) => `${p.check}:${p.subject}`).sort()).toEqual(['balance-mismatch:wallet:alice', 'capture-count:ord_forged', 'unconfirmed-capture:ord_forged']);
      await store.query(`UPDATE ledger_accounts SET balance_fen = balance_fen - 1 WHERE id = 'wallet:alice'`);
      await store.query(`DELETE FROM orders WHERE id = 'ord_forged'`);
      expect((await pay.verify()).ok).toBe(true);
      expect((await trust.audit.verify()).ok).toBe(true);
    });
  });
}

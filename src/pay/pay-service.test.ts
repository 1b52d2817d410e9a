import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentOsError } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import type { TrustService } from '../trust/index.ts';
import type { PayService } from './index.ts';
import { accountId } from './ledger.ts';
import { MAX_FEN } from './money.ts';
import { confirmedPayment, manualClock, orderOf, payAndTrust } from './test-support.ts';

/** What the service itself guards, besides capture and refund: wallets, merchants, cancels. */
for (const variant of storeVariants()) {
  describe(`the pay service's own guards on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let pay: PayService;
    let trust: TrustService;

    beforeAll(async () => {
      ({ store, dispose } = await variant.open());
      ({ pay, trust } = payAndTrust(store, manualClock()));
      await pay.ensureMerchant('coffee', '咖啡');
      await pay.ensureWallet('alice', 100_00);
    });
    afterAll(() => dispose());

    it('moves no money for an amount that is not a whole number of fen within the limit, and takes the edges', async () => {
      for (const fen of [0, -100, 1.5, Number.NaN, MAX_FEN + 1]) {
        await expect(pay.topUp('alice', fen, `bad-${fen}`), String(fen)).rejects.toBeInstanceOf(AgentOsError);
      }
      for (const fen of [-1, 0.5, MAX_FEN + 1]) {
        await expect(pay.ensureWallet('zed', fen), String(fen)).rejects.toBeInstanceOf(AgentOsError);
      }
      expect(await pay.balance('alice')).toBe(100_00); // a negative top-up drained nothing
      expect((await pay.listAccounts('wallet')).map((a) => a.owner)).not.toContain('zed');
      expect(await pay.ensureWallet('zed', 0)).toBe(0);
      expect(await pay.topUp('zed', 1, 'edge-1')).toBe(1);
      expect(await pay.topUp('zed', MAX_FEN, 'edge-max')).toBe(MAX_FEN + 1);
      expect(await pay.verify()).toMatchObject({ ok: true, problems: [] });
    });

    it('records an order canceled, its amount and why, once', async () => {
      const order = await orderOf(pay, { userId: 'alice', sessionId: 's-cancel', amountFen: 900 });
      expect(await pay.cancel(order.orderId, 'the user left')).toMatchObject({ ok: true, order: { status: 'canceled' } });
      expect(await pay.cancel(order.orderId)).toMatchObject({ ok: true, order: { status: 'canceled' } });
      const canceled = (await trust.audit.list({ sessionId: 's-cancel' })).filter((r) => r.kind === 'order-canceled');
      expect(canceled).toEqual([expect.objectContaining({
        actor: 'hub', userId: 'alice', appId: 'coffee', sessionId: 's-cancel', data: { orderId: order.orderId, amountFen: 900, reason: 'the user left' },
      })]);
    });

    /** The refusal a call gets: its code (the HTTP status a client branches on), the part at fault and the words a person reads. */
    const refusal = async (call: Promise<unknown>) => {
      const error = await call.then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(AgentOsError);
      const { code, details, message } = error as AgentOsError;
      return { code, where: details.where, message, fix: details.fix };
    };
    const fundsOf = async (userId: string) => Number((await store.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ledger_transactions t JOIN ledger_entries e ON e.transaction_id = t.id WHERE t.kind = 'fund' AND e.account_id = $1`, [accountId.wallet(userId)]))[0]?.n ?? 0);

    it('names the part at fault and what to give instead, in both languages, when it refuses', async () => {
      const zero = await refusal(pay.topUp('alice', 0, 'zero'));
      expect(zero).toMatchObject({ code: 'BAD_REQUEST', where: 'topUp.amountFen' });
      expect(zero.message).toMatch(/分/);
      expect(zero.message).toMatch(/fen/);
      expect(zero.fix).toMatch(/\d/); // the range it takes
      expect(await refusal(pay.ensureWallet('yan', -1))).toMatchObject({ code: 'BAD_REQUEST', where: 'ensureWallet.initialFen' });
      expect(await refusal(pay.topUp('alice', 100, ''))).toMatchObject({ where: 'topUp.idempotencyKey' });
      const nameless = await refusal(pay.ensureMerchant('', '无名'));
      expect(nameless).toMatchObject({ code: 'BAD_REQUEST', where: 'ensureMerchant.appId' });
      expect(nameless.message).toMatch(/appId/);
    });

    it('tops up once per key: a retry answers the same balance, a key reused for another amount is a conflict that moves nothing', async () => {
      await pay.ensureWallet('tess', 0);
      expect(await fundsOf('tess')).toBe(0); // an opening balance of nothing posts nothing
      expect(await pay.topUp('tess', 500, 'tess-1')).toBe(500);
      expect(await pay.topUp('tess', 500, 'tess-1')).toBe(500);
      expect(await fundsOf('tess')).toBe(1);
      expect(await refusal(pay.topUp('tess', 600, 'tess-1'))).toMatchObject({ code: 'CONFLICT', where: 'topUp.idempotencyKey' });
      expect(await pay.balance('tess')).toBe(500);
      // an existing wallet is left as it is, whatever opening balance is asked for later
      expect(await pay.ensureWallet('tess', 9_00)).toBe(500);
      expect(await pay.ensureWallet('uma', 7_00)).toBe(7_00);
      expect(await pay.ensureWallet('uma', 7_00)).toBe(7_00);
      expect(await fundsOf('uma')).toBe(1);
      expect(await pay.verify()).toMatchObject({ ok: true });
    });

    it('answers wx.refundOrder with the refusal a mini-program branches on, and gives back only its own, once per key', async () => {
      await pay.ensureWallet('rhea', 100_00);
      const { order } = await confirmedPayment(pay, trust, { userId: 'rhea', sessionId: 's-rf', amountFen: 1_000, key: 'rf-pay' });
      const unknown = await refusal(pay.refundFromApp({ appId: 'coffee', orderId: 'ord_none', amount: 1 }));
      expect(unknown.code).toBe('NOT_FOUND');
      expect(unknown.message).toMatch(/^refundOrder:fail \S/);
      expect(await refusal(pay.refundFromApp({ appId: 'tea', orderId: order.orderId }))).toMatchObject({ code: 'NOT_FOUND' }); // another's order
      const bad = await refusal(pay.refundFromApp({ appId: 'coffee', orderId: order.orderId, amount: 1.234 }));
      expect(bad).toMatchObject({ code: 'BAD_REQUEST', where: 'refundOrder.amount' });
      expect(bad.message).toMatch(/^refundOrder:fail \S/);
      expect(bad.fix).toMatch(/yuan/);
      expect(await refusal(pay.refundFromApp({ appId: 'coffee', orderId: order.orderId, amount: 0 }))).toMatchObject({ code: 'BAD_REQUEST' }); // nothing to give back
      expect(await refusal(pay.refundFromApp({ appId: 'coffee', orderId: order.orderId, amount: 11 }))).toMatchObject({ code: 'CONFLICT' }); // more than was paid
      expect(await pay.balance('rhea')).toBe(100_00 - 1_000);
      const part = await pay.refundFromApp({ appId: 'coffee', orderId: order.orderId, amount: 2.5, reason: '少一杯', idempotencyKey: 'rf-1' });
      expect(part.amount).toBe(2.5);
      expect(await pay.refundFromApp({ appId: 'coffee', orderId: order.orderId, amount: 2.5, reason: '少一杯', idempotencyKey: 'rf-1' })).toEqual(part);
      // no amount: the whole remainder; the refund is recorded as the mini-program's, with its reason
      expect((await pay.refundFromApp({ appId: 'coffee', orderId: order.orderId })).amount).toBe(7.5);
      expect(await pay.balance('rhea')).toBe(100_00);
      const records = (await trust.audit.list({ sessionId: 's-rf' })).filter((r) => /refund/.test(r.kind));
      expect(records.map((r) => r.actor)).toEqual(['app:coffee', 'app:coffee']);
      expect(records.map((r) => (r.data as { reason?: string }).reason)).toEqual(['少一杯', '']);
      const again = await refusal(pay.refundFromApp({ appId: 'coffee', orderId: order.orderId, amount: 1 }));
      expect(again.code).toBe('CONFLICT'); // nothing left to give back
      expect(await pay.verify()).toMatchObject({ ok: true });
    });

    it('records no order without the mini-program and the user it is for, and names which is missing', async () => {
      const before = (await pay.listOrders()).length;
      const draft = { title: '拿铁', amount: 21, lines: [{ ref: 'd02', name: '拿铁', qty: 1, unitPrice: 21 }] };
      for (const [appId, userId, where] of [['', 'alice', 'createOrder.appId'], ['coffee', '', 'createOrder.userId'], ['coffee', undefined, 'createOrder.userId']] as const) {
        const refused = await refusal(pay.createOrder({ appId, userId: userId as string, draft }));
        expect(refused).toMatchObject({ code: 'BAD_REQUEST', where });
        expect(refused.message).toMatch(where.endsWith('appId') ? /订单缺少 appId.*appId/ : /订单缺少 userId.*userId/);
      }
      expect(await pay.listOrders()).toHaveLength(before);
      // an order of no named skill is stored as one
      const plain = await pay.createOrder({ appId: 'coffee', userId: 'alice', draft });
      expect((await pay.getOrder(plain.orderId))?.skill ?? '').toBe('');
    });

    it('shows a merchant given no display name under its mini-program id, and needs the id', async () => {
      await pay.ensureMerchant('tea', '');
      expect((await orderOf(pay, { appId: 'tea', userId: 'alice', sessionId: 's-tea', amountFen: 500 })).merchantName).toBe('tea');
      await expect(pay.ensureMerchant('', '无名')).rejects.toBeInstanceOf(AgentOsError);
      expect((await pay.listAccounts('merchant')).map((a) => a.name)).not.toContain('无名');
    });
  });
}

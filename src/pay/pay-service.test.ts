import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentOsError } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import { AuditLog, type TrustService } from '../trust/index.ts';
import { PayService } from './index.ts';
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
        expect(refused).toMatchObject({ code: 'BAD_REQUEST', where, fix: expect.stringMatching(/mini-program and user/) });
        expect(refused.message).toMatch(where.endsWith('appId') ? /订单缺少 appId.*appId/ : /订单缺少 userId.*userId/);
      }
      expect(await pay.listOrders()).toHaveLength(before);
      // an order of no named skill is stored as one
      const plain = await pay.createOrder({ appId: 'coffee', userId: 'alice', draft });
      expect((await pay.getOrder(plain.orderId))?.skill ?? '').toBe('');
    });

    it('cancels only what it can: an unknown order is not found, a paid one is refunded instead; a cancel with no reason records none', async () => {
      expect(await pay.cancel('ord_none')).toMatchObject({ ok: false, reason: 'not_found' });
      await pay.ensureWallet('cole', 50_00);
      const { order: paid } = await confirmedPayment(pay, trust, { userId: 'cole', sessionId: 's-cole', amountFen: 800, key: 'cole-pay' });
      const refused = await pay.cancel(paid.orderId, 'too late');
      expect(refused).toMatchObject({ ok: false, reason: 'not_cancelable' });
      expect(!refused.ok && refused.message.zh).toMatch(/请改为退款/);
      expect((await pay.getOrder(paid.orderId))?.status).toBe('paid');
      const open = await orderOf(pay, { userId: 'cole', sessionId: 's-cole', amountFen: 300 });
      await pay.cancel(open.orderId);
      const [record] = (await trust.audit.list({ sessionId: 's-cole' })).filter((r) => r.kind === 'order-canceled');
      expect(record?.data).toEqual({ orderId: open.orderId, amountFen: 300, reason: '' });
    });

    it('names where money comes from and why, for whoever reads the ledger', async () => {
      const opened = async () => store.query<{ id: string; reason: string }>(`SELECT id, reason FROM ledger_transactions WHERE kind = 'fund' ORDER BY created_at, id`);
      const before = (await opened()).length;
      await pay.ensureWallet('nell', 0);
      expect(await opened()).toHaveLength(before); // an opening balance of nothing writes no transaction, not even an empty one
      await pay.ensureWallet('olga', 3_00);
      await pay.topUp('olga', 2_00, 'olga-1');
      const added = (await opened()).slice(before);
      expect(added.map((t) => t.reason)).toEqual(['opening balance', 'top-up']);
      expect(added.every((t) => t.id.startsWith('fnd_'))).toBe(true);
      expect(await pay.listAccounts('funding')).toEqual([expect.objectContaining({ id: 'funding', owner: 'world', name: 'top-ups' })]);
      expect(await pay.balance('nobody-at-all')).toBe(0);
    });

    it("tells a mini-program why wx.refundOrder failed in words it can pass on, and takes no amount (null) as the whole", async () => {
      await pay.ensureWallet('pia', 50_00);
      const { order } = await confirmedPayment(pay, trust, { userId: 'pia', sessionId: 's-pia', amountFen: 600, key: 'pia-pay' });
      const over = await pay.refundFromApp({ appId: 'coffee', orderId: order.orderId, amount: 7 }).then(() => undefined, (e: unknown) => e as AgentOsError);
      expect(over?.details).toMatchObject({ reason: 'exceeds_refundable', zh: expect.stringMatching(/超过可退金额/) });
      expect((await pay.refundFromApp({ appId: 'coffee', orderId: order.orderId, amount: null as unknown as number })).amount).toBe(6);
    });

    it('writes a merchant only when it is new or renamed, and reads a name it has seen stored only once', async () => {
      let statements = 0;
      const counting: Store = Object.create(store) as Store;
      Object.assign(counting, { query: (text: string, params?: readonly unknown[]) => (statements++, store.query(text, params)) });
      const fresh = new PayService({ store: counting, clock: manualClock(), audit: trust.audit });
      const count = async (call: () => Promise<void>) => { const before = statements; await call(); return statements - before; };
      expect(await count(() => fresh.ensureMerchant('juice', '果汁'))).toBe(2); // read, then written
      expect(await count(() => fresh.ensureMerchant('juice', '果汁'))).toBe(0);
      expect(await count(() => fresh.ensureMerchant('juice', '鲜榨果汁'))).toBe(2); // renamed
      expect((await pay.listAccounts('merchant')).find((a) => a.id === 'merchant:juice')?.name).toBe('鲜榨果汁');
      // another process sees the stored name: one read, nothing written
      const other = new PayService({ store: counting, clock: manualClock(), audit: trust.audit });
      expect(await count(() => other.ensureMerchant('juice', '鲜榨果汁'))).toBe(1);
    });

    it('keeps an audit record of its own over the store when given no audit log', async () => {
      const alone = new PayService({ store, clock: manualClock() });
      const order = await orderOf(alone, { userId: 'alice', sessionId: 's-alone', amountFen: 400 });
      await alone.cancel(order.orderId, 'alone');
      const records = await new AuditLog({ store, clock: manualClock() }).list({ sessionId: 's-alone' });
      expect(records.map((r) => r.kind)).toEqual(['order-canceled']);
    });

    it('shows a merchant given no display name under its mini-program id, and needs the id', async () => {
      await pay.ensureMerchant('tea', '');
      expect((await orderOf(pay, { appId: 'tea', userId: 'alice', sessionId: 's-tea', amountFen: 500 })).merchantName).toBe('tea');
      await expect(pay.ensureMerchant('', '无名')).rejects.toBeInstanceOf(AgentOsError);
      expect((await pay.listAccounts('merchant')).map((a) => a.name)).not.toContain('无名');
    });
  });
}

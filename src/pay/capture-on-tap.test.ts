import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import type { IssuedConfirmation, TrustService } from '../trust/index.ts';
import { paymentConfirmationRequest, type OrderDetails, type PayService, type TapInput } from './index.ts';
import { orderOf, payAndTrust, countedStore } from './test-support.ts';


for (const variant of storeVariants()) {
  describe(`the user's tap on a payment card on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let pay: PayService;
    let trust: TrustService;
    let statements: () => number;
    let key = 0;

    beforeAll(async () => {
      const opened = await variant.open();
      dispose = opened.dispose;
      ({ store, statements } = countedStore(opened.store));
      ({ pay, trust } = payAndTrust(store, fixedClock('2026-11-20T10:00:00+08:00'), { entrancePercent: 2, operatorPercent: 1 }));
      await pay.ensureMerchant('coffee', '咖啡');
      for (const user of ['alice', 'bob', 'carol', 'dave', 'erin']) await pay.ensureWallet(user, 100_00);
      // the first capture opens the share accounts, so each test below reaches the one-statement
      // path on its own, whichever runs first or alone
      await tap((await card('erin', 500)).tap);
    });
    afterAll(async () => {
      await trust.flush();
      await dispose();
    });

    async function card(userId: string, amountFen: number): Promise<{ order: OrderDetails; issued: IssuedConfirmation; tap: TapInput }> {
      const sessionId = `ses-${userId}`;
      const order = await orderOf(pay, { userId, sessionId, amountFen });
      const issued = await trust.create(paymentConfirmationRequest(order));
      const k = `tap-${++key}`;
      return { order, issued, tap: { confirmationId: issued.id, token: issued.token, userId, sessionId, orderId: order.orderId, amountFen, redeemKey: k, idempotencyKey: k, entrance: 'web' } };
    }
    const tap = (input: TapInput) => pay.captureOnTap((redeem) => trust.redeem(redeem), input);

    it('redeems and captures in one statement: paid once, the card redeemed, its yes audited before the payment', async () => {
      const { order, issued, tap: input } = await card('alice', 2100);
      await trust.flush(); // no seal pending that could run during the tap
      const before = statements();
      const outcome = await tap(input);
      expect(statements() - before).toBe(1);
      expect(outcome).toMatchObject({ ok: true, captured: { ok: true, order: { orderId: order.orderId, status: 'paid' } } });
      expect((await trust.get(issued.id))?.status).toBe('redeemed');
      expect(await pay.balance('alice')).toBe(100_00 - 2100);
      const records = await trust.audit.list({ sessionId: 'ses-alice', limit: 100 });
      const kinds = records.filter((r) => r.data.confirmationId === issued.id).map((r) => r.kind);
      expect(kinds).toEqual(['confirmation-requested', 'confirmation-granted', 'payment-captured']);
      expect(await pay.verify()).toMatchObject({ ok: true, problems: [] });
      expect((await trust.audit.verify()).ok).toBe(true);
    });

    it('pays a tap that names the arguments its card was issued for in one statement', async () => {
      const { order, tap: input } = await card('alice', 1500);
      await trust.flush();
      const before = statements();
      const outcome = await tap({ ...input, argsHash: paymentConfirmationRequest(order).argsHash! });
      expect(outcome).toMatchObject({ ok: true, captured: { ok: true, order: { status: 'paid' } } });
      expect(statements() - before).toBe(1);
    });

    it('refuses a tap with the wrong token, user, session, amount or arguments, charging nothing and leaving the card answerable', async () => {
      const { order, issued, tap: input } = await card('bob', 2100);
      const wrong: [Partial<TapInput>, string][] = [
        [{ token: 'yes' }, 'wrong_token'], [{ token: issued.id }, 'wrong_token'], [{ userId: 'mallory' }, 'wrong_user'],
        [{ sessionId: 'ses-other' }, 'wrong_session'], [{ amountFen: 21 }, 'amount_mismatch'],
        // a yes to other arguments than the card's: refused on the slow path too, not only in the one statement
        [{ argsHash: 'f'.repeat(64) }, 'args_mismatch'],
      ];
      for (const [change, reason] of wrong) expect(await tap({ ...input, ...change })).toMatchObject({ ok: false, reason });
      expect(await pay.balance('bob')).toBe(100_00);
      expect((await pay.getOrder(order.orderId))?.status).toBe('created');
      expect((await trust.get(issued.id))?.status).toBe('pending');
      expect(await tap(input)).toMatchObject({ ok: true, captured: { ok: true } });
      expect(await pay.balance('bob')).toBe(100_00 - 2100);
    });

    it('refuses a tap missing a field or with one of the wrong type, as a refusal and not a crash, charging nothing', async () => {
      const { order, issued, tap: input } = await card('bob', 1300);
      const malformed: Partial<Record<keyof TapInput, unknown>>[] = [
        { token: undefined }, { token: '' }, { userId: 5 }, { sessionId: undefined }, { confirmationId: null }, { orderId: '' }, { amountFen: 13.5 }, { argsHash: 5 },
      ];
      for (const change of malformed) {
        const outcome = await tap({ ...input, ...change } as TapInput).catch((error: unknown) => ({ threw: String(error) }));
        expect(outcome, JSON.stringify(change)).toMatchObject({ ok: false });
      }
      const keyless = await tap({ ...input, idempotencyKey: '' }).catch((error: unknown) => error as { details?: { where?: string } });
      expect(keyless).toMatchObject({ details: { where: 'capture.idempotencyKey' } });
      expect((await pay.getOrder(order.orderId))?.status).toBe('created');
      expect((await trust.get(issued.id))?.status).toBe('pending');
      expect(await tap(input)).toMatchObject({ ok: true, captured: { ok: true } });
    });

    it('credits the share of a tap from an entrance that does not say which to `unknown`, in the one statement, losing none of it', async () => {
      for (const entrance of [undefined, '']) {
        const { order, tap: input } = await card('alice', 1000);
        await trust.flush();
        const before = statements();
        const outcome = await tap({ ...input, entrance } as TapInput);
        expect(outcome).toMatchObject({ ok: true, captured: { ok: true, order: { split: { entrance: 'unknown', entranceFen: 20 } } } });
        // the second tap finds the `unknown` account the first opened: one statement
        if (entrance === '') expect(statements() - before).toBe(1);
        expect((await pay.getOrder(order.orderId))?.status).toBe('paid');
      }
      const accounts = Object.fromEntries((await pay.listAccounts('entrance')).map((a) => [a.id, a.balanceFen]));
      expect(accounts['entrance:unknown']).toBe(40);
      expect(await pay.verify()).toMatchObject({ ok: true, problems: [] });
    });

    it('a tap the wallet cannot cover redeems the yes but charges nothing; a retried tap charges once', async () => {
      const { order, tap: input } = await card('carol', 100_01);
      expect(await tap(input)).toMatchObject({ ok: true, captured: { ok: false, reason: 'insufficient_funds' } });
      expect(await pay.balance('carol')).toBe(100_00);
      expect((await pay.getOrder(order.orderId))?.status).toBe('created');
      const paid = await card('carol', 3000);
      expect(await tap(paid.tap)).toMatchObject({ ok: true, captured: { ok: true, replayed: false } });
      expect(await tap(paid.tap)).toMatchObject({ ok: true, captured: { ok: true, replayed: true } });
      expect(await pay.balance('carol')).toBe(100_00 - 3000);
      expect(await pay.verify()).toMatchObject({ ok: true, problems: [] });
    });

    it('30 simultaneous taps of one card racing its cancel: the order is either paid once or canceled with nothing charged', async () => {
      for (let round = 0; round < 3; round++) {
        const { order, tap: input } = await card('dave', 1000);
        const before = await pay.balance('dave');
        const outcomes = await Promise.all([
          ...Array.from({ length: 30 }, (_, i) => tap({ ...input, redeemKey: `${input.redeemKey}-${i}`, idempotencyKey: `${input.idempotencyKey}-${i}` })),
          pay.cancel(order.orderId, 'the user left'),
        ]);
        const captured = outcomes.filter((o) => o.ok && 'captured' in o && o.captured.ok);
        const status = (await pay.getOrder(order.orderId))?.status;
        expect(captured.length).toBe(status === 'paid' ? 1 : 0);
        expect(await pay.balance('dave')).toBe(before - (status === 'paid' ? 1000 : 0));
        expect(await store.query('SELECT id FROM ledger_transactions WHERE order_id = $1', [order.orderId])).toHaveLength(status === 'paid' ? 1 : 0);
      }
      expect(await pay.verify()).toMatchObject({ ok: true, problems: [] });
      expect((await trust.audit.verify()).ok).toBe(true);
    });
  });
}

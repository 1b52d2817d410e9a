import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentOsError } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import type { TrustService } from '../trust/index.ts';
import type { PayService } from './index.ts';
import { MAX_FEN } from './money.ts';
import { manualClock, orderOf, payAndTrust } from './test-support.ts';

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

    it('shows a merchant given no display name under its mini-program id, and needs the id', async () => {
      await pay.ensureMerchant('tea', '');
      expect((await orderOf(pay, { appId: 'tea', userId: 'alice', sessionId: 's-tea', amountFen: 500 })).merchantName).toBe('tea');
      await expect(pay.ensureMerchant('', '无名')).rejects.toBeInstanceOf(AgentOsError);
      expect((await pay.listAccounts('merchant')).map((a) => a.name)).not.toContain('无名');
    });
  });
}

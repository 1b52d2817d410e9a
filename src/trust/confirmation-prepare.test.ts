import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, hashValue } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import { sqlParams } from './sql-params.ts';
import { TrustService } from './trust-service.ts';
import type { CreateConfirmationInput } from './types.ts';

const payment = (orderId: string): CreateConfirmationInput => ({
  userId: 'alice', sessionId: 'ses-a', kind: 'payment', appId: 'coffee', orderId, amountFen: 2100,
  summary: { title: '拿铁', merchantName: '咖啡', payee: '咖啡', lines: [{ name: '拿铁', qty: 1, unitPriceFen: 2100 }] },
  argsHash: hashValue({ orderId }),
});

for (const variant of storeVariants()) {
  describe(`a confirmation written in another part's statement on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let trust: TrustService;

    beforeAll(async () => {
      ({ store, dispose } = await variant.open());
      trust = new TrustService({ store, clock: fixedClock('2026-11-20T10:00:00+08:00') });
    });
    afterAll(async () => {
      await trust.flush();
      await dispose();
    });

    it('is the card create writes: pending, bound, on the sweep, audited, redeemable once with its token', async () => {
      const { p, params } = sqlParams();
      const { ctes, issued } = trust.prepare(payment('ord-prepared'), p);
      await store.query(`WITH ${ctes} SELECT 1`, params);
      expect(await trust.get(issued.id)).toEqual({ ...issued, token: undefined, summary: { ...issued.summary } });
      expect(issued).toMatchObject({ status: 'pending', orderId: 'ord-prepared', amountFen: 2100, summary: { amountFen: 2100 } });
      expect(await store.query('SELECT id FROM confirmations_due WHERE id = $1', [issued.id])).toHaveLength(1);
      const records = await trust.audit.list({ limit: 10 });
      expect(records.filter((r) => r.kind === 'confirmation-requested' && r.data.confirmationId === issued.id)).toHaveLength(1);
      const redeem = { id: issued.id, token: issued.token, userId: 'alice', sessionId: 'ses-a', orderId: 'ord-prepared', amountFen: 2100 };
      expect(await trust.redeem({ ...redeem, token: 'not-the-token' })).toMatchObject({ ok: false });
      expect(await trust.redeem({ ...redeem, amountFen: 2000 })).toMatchObject({ ok: false });
      expect(await trust.redeem(redeem)).toMatchObject({ ok: true });
      expect(await trust.redeem(redeem)).toMatchObject({ ok: false });
      expect((await trust.audit.verify()).ok).toBe(true);
    });

    it('writes nothing when the statement carrying it fails: the card and its record commit with it or not at all', async () => {
      const { p, params } = sqlParams();
      const { ctes, issued } = trust.prepare(payment('ord-failed'), p);
      await expect(store.query(`WITH ${ctes} SELECT 1 / (SELECT 0)`, params)).rejects.toThrow();
      expect(await trust.get(issued.id)).toBeUndefined();
      expect(await store.query('SELECT id FROM confirmations_due WHERE id = $1', [issued.id])).toEqual([]);
      expect((await trust.audit.list({ limit: 100 })).filter((r) => r.data.confirmationId === issued.id)).toEqual([]);
      expect((await trust.audit.verify()).ok).toBe(true);
    });

    it('refuses an incomplete request before any statement, as create does', () => {
      const { p, params } = sqlParams();
      expect(() => trust.prepare({ ...payment('ord-x'), amountFen: 0 }, p)).toThrow(/amount/);
      expect(params).toEqual([]);
    });
  });
}

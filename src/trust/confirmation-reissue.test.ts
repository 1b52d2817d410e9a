import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashValue, type Clock } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import { TrustService, type CreateConfirmationInput } from './index.ts';

function manualClock(): Clock & { advance(ms: number): void } {
  let now = new Date('2026-11-20T10:00:00+08:00').getTime();
  return { timeZone: 'Asia/Shanghai', now: () => new Date(now), advance: (ms) => void (now += ms) };
}

const payment = (sessionId: string): CreateConfirmationInput => ({
  userId: 'alice', sessionId, kind: 'payment', appId: 'coffee', orderId: 'ord-1', amountFen: 2100,
  summary: { title: '拿铁', merchantName: '咖啡', payee: '咖啡', lines: [{ name: '拿铁', qty: 1, unitPriceFen: 2100 }] },
  argsHash: hashValue({ orderId: 'ord-1' }),
});

for (const variant of storeVariants()) {
  describe(`a card reissued after a restart, on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let trust: TrustService;
    const clock = manualClock();
    beforeAll(async () => {
      ({ store, dispose } = await variant.open());
      trust = new TrustService({ store, clock });
    });
    afterAll(() => dispose());

    const tap = (id: string, token: string, sessionId: string) =>
      trust.redeem({ id, token, userId: 'alice', sessionId, orderId: 'ord-1', amountFen: 2100 });

    it('keeps the same card (id, order, amount, expiry) under a new token; only the new token pays', async () => {
      const issued = await trust.create(payment('ses-r1'));
      clock.advance(60_000);
      const again = await trust.reissue({ id: issued.id, userId: 'alice', sessionId: 'ses-r1' });
      expect(again).toMatchObject({ id: issued.id, orderId: 'ord-1', amountFen: 2100, status: 'pending', userId: 'alice', sessionId: 'ses-r1' });
      expect(again?.expiresAt.getTime()).toBe(issued.expiresAt.getTime());
      expect(again?.token).toBeTruthy();
      expect(again?.token).not.toBe(issued.token);
      expect(await tap(issued.id, issued.token, 'ses-r1')).toMatchObject({ ok: false, reason: 'wrong_token' });
      expect(await tap(issued.id, again?.token ?? '', 'ses-r1')).toMatchObject({ ok: true });
      const records = await trust.audit.list({ sessionId: 'ses-r1' });
      expect(records.filter((r) => r.kind === 'confirmation-reissued')).toEqual([
        expect.objectContaining({ actor: 'hub', userId: 'alice', appId: 'coffee', data: expect.objectContaining({ confirmationId: issued.id, orderId: 'ord-1' }) }),
      ]);
      expect((await trust.audit.verify()).ok).toBe(true);
    });

    it('gives no token for a card that is not this user’s, not this session’s, or no longer open', async () => {
      const issued = await trust.create(payment('ses-r2'));
      expect(await trust.reissue({ id: issued.id, userId: 'mallory', sessionId: 'ses-r2' })).toBeUndefined();
      expect(await trust.reissue({ id: issued.id, userId: 'alice', sessionId: 'ses-other' })).toBeUndefined();
      expect(await trust.reissue({ id: 'cfm_nope', userId: 'alice', sessionId: 'ses-r2' })).toBeUndefined();
      // none of the refused reissues changed the token the user holds
      expect(await tap(issued.id, issued.token, 'ses-r2')).toMatchObject({ ok: true });
      expect(await trust.reissue({ id: issued.id, userId: 'alice', sessionId: 'ses-r2' })).toBeUndefined(); // already paid

      const declined = await trust.create(payment('ses-r2'));
      await trust.decline({ id: declined.id, userId: 'alice', sessionId: 'ses-r2' });
      expect(await trust.reissue({ id: declined.id, userId: 'alice', sessionId: 'ses-r2' })).toBeUndefined();

      const overdue = await trust.create(payment('ses-r2'));
      clock.advance(10 * 60_000); // exactly its time to live: no longer open
      expect(await trust.reissue({ id: overdue.id, userId: 'alice', sessionId: 'ses-r2' })).toBeUndefined();
      expect((await trust.audit.list({ sessionId: 'ses-r2' })).map((r) => r.kind)).not.toContain('confirmation-reissued');
    });
  });
}

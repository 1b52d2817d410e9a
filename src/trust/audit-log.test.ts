import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import { AuditLog } from './index.ts';

for (const variant of storeVariants()) {
  describe(`audit log on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let audit: AuditLog;
    beforeAll(async () => {
      ({ store, dispose } = await variant.open());
      audit = new AuditLog({ store, clock: fixedClock('2026-11-20T10:00:00+08:00') });
    });
    afterAll(() => dispose());

    it('verifies an empty chain', async () => {
      expect(await audit.verify()).toMatchObject({ ok: true, count: 0 });
    });

    it('chains records: each one carries the hash of the one before', async () => {
      const first = await audit.append({ kind: 'payment-captured', actor: 'user:alice', userId: 'alice', sessionId: 's1', appId: 'coffee', data: { orderId: 'o1', amountFen: 2100, note: '拿铁' } });
      const second = await audit.append({ kind: 'review-approve', actor: 'reviewer:ops', appId: 'coffee', data: {} });
      expect(first.seq).toBe(1);
      expect(second.prevHash).toBe(first.hash);
      expect(await audit.verify()).toMatchObject({ ok: true, count: 2, headHash: second.hash });
      expect((await audit.list({ sessionId: 's1' })).map((r) => r.data)).toEqual([{ orderId: 'o1', amountFen: 2100, note: '拿铁' }]);
    });

    it('never forks under 100 concurrent appends', async () => {
      await Promise.all(Array.from({ length: 100 }, (_, i) => audit.append({ kind: 'consent-granted', actor: `user:u${i}`, userId: `u${i}`, sessionId: 'race', data: { i } })));
      const result = await audit.verify();
      expect(result).toMatchObject({ ok: true, count: 102 });
      const seqs = (await audit.list({ sessionId: 'race', limit: 1000 })).map((r) => r.seq);
      expect(new Set(seqs).size).toBe(100);
    });

    it('records only what commits: an append in a rolled-back transaction leaves nothing', async () => {
      const before = await audit.verify();
      await expect(store.transaction(async (tx) => {
        await audit.appendIn(tx, { kind: 'payment-captured', actor: 'hub', sessionId: 'rolled-back', data: {} });
        throw new Error('boom');
      })).rejects.toThrow('boom');
      await store.transaction((tx) => audit.appendIn(tx, { kind: 'payment-captured', actor: 'hub', sessionId: 'committed', data: { n: 1 } }));
      expect(await audit.verify()).toMatchObject({ ok: true, count: before.count + 1 });
      expect(await audit.list({ sessionId: 'rolled-back' })).toEqual([]);
      expect((await audit.list({ sessionId: 'committed' }))[0]).toMatchObject({ seq: before.count + 1, data: { n: 1 } });
    });

    it('refuses edits and deletes outright (append-only)', async () => {
      await expect(store.query(`UPDATE audit_log SET actor = 'x' WHERE seq = 1`)).rejects.toThrow(/append-only/);
      await expect(store.query('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only/);
    });

    it('detects a row tampered with behind the trigger, naming the first broken record', async () => {
      await store.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
      try {
        await store.query(`UPDATE audit_log SET data = '{"orderId":"o1","amountFen":1,"note":"拿铁"}' WHERE seq = 1`);
        const result = await audit.verify();
        expect(result).toMatchObject({ ok: false, broken: { seq: 1 } });
        expect(!result.ok && result.broken.reason.en).toContain('altered');
        await store.query(`UPDATE audit_log SET data = '{"orderId":"o1","amountFen":2100,"note":"拿铁"}' WHERE seq = 1`);
        expect((await audit.verify()).ok).toBe(true);

        await store.query('DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)');
        const truncated = await audit.verify();
        expect(truncated.ok).toBe(false);
        expect(!truncated.ok && truncated.broken.reason.en).toContain('head');
      } finally {
        await store.exec('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
      }
    });
  });
}

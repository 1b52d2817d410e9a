import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import { AuditLog, auditHash, type AuditRecord } from './index.ts';

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

    it('never forks when several logs (one per hub process) append and seal at once', async () => {
      const before = await audit.verify();
      const logs = Array.from({ length: 4 }, () => new AuditLog({ store, clock: fixedClock('2026-11-20T10:00:00+08:00') }));
      await Promise.all(logs.flatMap((log, l) => Array.from({ length: 30 }, async (_, i) => {
        const record = await store.transaction((tx) => log.appendIn(tx, { kind: 'consent-granted', actor: `user:p${l}`, sessionId: 'processes', data: { l, i } }));
        await log.seal();
        // whoever won the race, the record this process committed before its seal is in the chain when the seal returns
        const [row] = await store.query<{ seq: number | null }>('SELECT seq FROM audit_log WHERE id = $1', [record.id]);
        expect(row?.seq ?? null).not.toBeNull();
      })));
      expect(await audit.verify()).toMatchObject({ ok: true, count: before.count + 120 });
      const seqs = (await audit.list({ sessionId: 'processes', limit: 1000 })).map((r) => r.seq);
      expect(new Set(seqs).size).toBe(120);
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

    it('lets a record be sealed only once and only as it was written: a seal that also edits it, or seals it again, is refused whole', async () => {
      const [unsealed] = await store.query<{ id: number }>(
        `INSERT INTO audit_log (at, kind, actor, data) VALUES (now(), 'review-approve', 'reviewer:ops', '{}') RETURNING id`);
      const link = ['a'.repeat(64), 'b'.repeat(64)];
      // sealing it and another (already sealed) record in one statement: nothing of it lands
      await expect(store.query(`UPDATE audit_log SET seq = coalesce(seq, 0) + 100000, prev_hash = $1, hash = $2 WHERE id = $3 OR seq = 1`,
        [...link, unsealed!.id])).rejects.toThrow(/append-only/);
      await expect(store.query(`UPDATE audit_log SET seq = 100000, prev_hash = $1, hash = $2, actor = 'someone' WHERE id = $3`,
        [...link, unsealed!.id])).rejects.toThrow(/append-only/);
      await expect(store.query(`UPDATE audit_log SET seq = 100000, prev_hash = $1, hash = $2, id = id + 100000 WHERE id = $3`,
        [...link, unsealed!.id])).rejects.toThrow(/append-only/);
      const [row] = await store.query<{ seq: number | null; actor: string }>('SELECT seq, actor FROM audit_log WHERE id = $1', [unsealed!.id]);
      expect(row).toEqual({ seq: null, actor: 'reviewer:ops' });
      // sealed as the chain seals it, it verifies
      expect(await audit.verify()).toMatchObject({ ok: true });
    });

    it('detects a row tampered with behind the trigger, naming the first broken record', async () => {
      await store.exec('ALTER TABLE audit_log DISABLE TRIGGER USER');
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
        await store.exec('ALTER TABLE audit_log ENABLE TRIGGER USER');
      }
    });

  });

  describe(`audit log rewrites on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let audit: AuditLog;
    beforeAll(async () => {
      ({ store, dispose } = await variant.open());
      audit = new AuditLog({ store, clock: fixedClock('2026-11-20T10:00:00+08:00') });
      for (const amountFen of [2100, 1500, 800]) {
        await audit.append({ kind: 'payment-captured', actor: 'hub', userId: 'alice', data: { orderId: `o${amountFen}`, amountFen } });
      }
    });
    afterAll(() => dispose());

    /** Rewrites record `seq` (and, with `tail`, every later one) with recomputed hashes, as an insider with write access could. */
    async function rewrite(seq: number, data: Record<string, unknown>, { tail }: { tail: boolean }): Promise<void> {
      const rows = await audit.list({ limit: 10_000 });
      let prevHash = rows.find((r) => r.seq === seq - 1)?.hash ?? '0'.repeat(64);
      for (const record of rows.filter((r) => (tail ? (r.seq ?? 0) >= seq : r.seq === seq))) {
        const changed: AuditRecord = record.seq === seq ? { ...record, data } : record;
        const hash = auditHash(prevHash, { ...changed, seq: changed.seq ?? 0 });
        await store.query('UPDATE audit_log SET data = $1, prev_hash = $2, hash = $3 WHERE seq = $4', [JSON.stringify(changed.data), prevHash, hash, changed.seq]);
        prevHash = hash;
      }
      if (tail) await store.query('UPDATE audit_head SET hash = $1 WHERE id', [prevHash]);
    }

    it('catches a record rewritten with its own hash recomputed: the next link no longer matches', async () => {
      const anchor = await audit.head();
      await store.exec('ALTER TABLE audit_log DISABLE TRIGGER USER');
      try {
        const original = (await audit.list({ limit: 10_000 })).find((r) => r.seq === 1)!;
        await rewrite(1, { orderId: 'o2100', amountFen: 1 }, { tail: false });
        const result = await audit.verify();
        expect(result).toMatchObject({ ok: false, broken: { seq: 2 } });
        await rewrite(1, original.data, { tail: false });
        expect(await audit.verify({ anchors: [anchor] })).toMatchObject({ ok: true, headHash: anchor.hash });
      } finally {
        await store.exec('ALTER TABLE audit_log ENABLE TRIGGER USER');
      }
    });

    it('catches a link whose stored prev_hash was pointed elsewhere, though its content is intact', async () => {
      await store.exec('ALTER TABLE audit_log DISABLE TRIGGER USER');
      try {
        const [first] = await store.query<{ hash: string }>('SELECT hash FROM audit_log WHERE seq = 1');
        await store.query(`UPDATE audit_log SET prev_hash = $1 WHERE seq = 2`, ['f'.repeat(64)]);
        expect(await audit.verify()).toMatchObject({ ok: false, broken: { seq: 2 } });
        await store.query(`UPDATE audit_log SET prev_hash = $1 WHERE seq = 2`, [first!.hash]);
        expect((await audit.verify()).ok).toBe(true);
      } finally {
        await store.exec('ALTER TABLE audit_log ENABLE TRIGGER USER');
      }
    });

    it('catches a whole tail rewritten with every hash recomputed, given an anchor kept outside the store', async () => {
      const anchor = await audit.head();
      await store.exec('ALTER TABLE audit_log DISABLE TRIGGER USER');
      try {
        const original = (await audit.list({ limit: 10_000 })).find((r) => r.seq === 1)!;
        await rewrite(1, { orderId: 'o2100', amountFen: 1 }, { tail: true });
        expect((await audit.verify()).ok).toBe(true);
        const anchored = await audit.verify({ anchors: [anchor] });
        expect(anchored).toMatchObject({ ok: false, broken: { seq: anchor.seq } });
        await rewrite(1, original.data, { tail: true });
        expect((await audit.verify({ anchors: [anchor] })).ok).toBe(true);
        const removed = await audit.verify({ anchors: [{ seq: anchor.seq + 5, hash: anchor.hash }] });
        expect(removed).toMatchObject({ ok: false, broken: { seq: anchor.seq + 5 } });
      } finally {
        await store.exec('ALTER TABLE audit_log ENABLE TRIGGER USER');
      }
    });
  });
}

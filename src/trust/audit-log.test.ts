import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import { AuditLog, auditHash, type AuditRecord } from './index.ts';
import { untriggered } from './test-support.ts';

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
        const [row] = await store.query<{ seq: number }>('SELECT seq FROM audit_chain WHERE id = $1', [record.id]);
        expect(row).toBeDefined(); // linked
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

    it('refuses edits and deletes outright, of records and of their links (append-only)', async () => {
      const first = `(SELECT id FROM audit_chain WHERE seq = 1)`;
      for (const table of ['audit_log', 'audit_chain']) {
        await expect(store.query(`UPDATE ${table} SET id = id WHERE id = ${first}`), table).rejects.toThrow(new RegExp(`${table} is append-only`));
        await expect(store.query(`DELETE FROM ${table} WHERE id = ${first}`), table).rejects.toThrow(/append-only/);
        await expect(store.query(`TRUNCATE ${table}`), table).rejects.toThrow(/append-only/);
      }
      await expect(store.query(`UPDATE audit_log SET actor = 'x' WHERE id = ${first}`)).rejects.toThrow(/append-only/);
      await expect(store.query(`UPDATE audit_chain SET hash = repeat('a', 64) WHERE seq = 1`)).rejects.toThrow(/append-only/);
      expect(await audit.verify()).toMatchObject({ ok: true });
    });

    it('never changes a record, even to seal it, and links it once: a second link, or a link at a taken seq, is refused', async () => {
      const unsealed = await store.transaction((tx) => audit.appendIn(tx, { kind: 'review-approve', actor: 'reviewer:ops' }));
      await expect(store.query(`UPDATE audit_log SET actor = 'someone' WHERE id = $1`, [unsealed.id])).rejects.toThrow(/append-only/);
      // a link at a seq another record holds, or a second link of a record already in the chain
      await expect(store.query(`INSERT INTO audit_chain (seq, id, hash) VALUES (1, $1, repeat('a', 64))`, [unsealed.id])).rejects.toMatchObject({ code: '23505' });
      await expect(store.query(`INSERT INTO audit_chain (seq, id, hash) SELECT 100000, id, repeat('a', 64) FROM audit_chain WHERE seq = 1`)).rejects.toMatchObject({ code: '23505' });
      const [row] = await store.query<{ actor: string; linked: number }>(
        'SELECT actor, (SELECT count(*)::int FROM audit_chain WHERE id = $1) AS linked FROM audit_log WHERE id = $1', [unsealed.id]);
      expect(row).toEqual({ actor: 'reviewer:ops', linked: 0 });
      // sealed as the chain seals it, it verifies
      expect(await audit.verify()).toMatchObject({ ok: true });
      expect((await audit.list({ limit: 1 }))[0]).toMatchObject({ id: unsealed.id, actor: 'reviewer:ops', seq: expect.any(Number) });
    });

    it('detects a row tampered with behind the trigger, naming the first broken record', async () => {
      await untriggered(store, async () => {
        await store.query(`UPDATE audit_log SET data = '{"orderId":"o1","amountFen":1,"note":"拿铁"}' WHERE id = (SELECT id FROM audit_chain WHERE seq = 1)`);
        const result = await audit.verify();
        expect(result).toMatchObject({ ok: false, broken: { seq: 1 } });
        expect(!result.ok && result.broken.reason.en).toContain('altered');
        await store.query(`UPDATE audit_log SET data = '{"orderId":"o1","amountFen":2100,"note":"拿铁"}' WHERE id = (SELECT id FROM audit_chain WHERE seq = 1)`);
        expect((await audit.verify()).ok).toBe(true);

        // the last record removed with its link
        await store.query('WITH gone AS (DELETE FROM audit_chain WHERE seq = (SELECT max(seq) FROM audit_chain) RETURNING id) DELETE FROM audit_log WHERE id IN (SELECT id FROM gone)');
        const truncated = await audit.verify();
        expect(truncated.ok).toBe(false);
        expect(!truncated.ok && truncated.broken.reason.en).toContain('head');
      });
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
        await store.query('UPDATE audit_log SET data = $1 WHERE id = $2', [JSON.stringify(changed.data), changed.id]);
        await store.query('UPDATE audit_chain SET hash = $1 WHERE seq = $2', [hash, changed.seq]);
        prevHash = hash;
      }
      if (tail) await store.query('UPDATE audit_head SET hash = $1 WHERE id', [prevHash]);
    }

    it('catches a record rewritten with its own hash recomputed: the next link no longer matches', async () => {
      const anchor = await audit.head();
      await untriggered(store, async () => {
        const original = (await audit.list({ limit: 10_000 })).find((r) => r.seq === 1)!;
        await rewrite(1, { orderId: 'o2100', amountFen: 1 }, { tail: false });
        const result = await audit.verify();
        expect(result).toMatchObject({ ok: false, broken: { seq: 2 } });
        await rewrite(1, original.data, { tail: false });
        expect(await audit.verify({ anchors: [anchor] })).toMatchObject({ ok: true, headHash: anchor.hash });
      });
    });

    it('catches a link whose hash, or whose record, was pointed elsewhere, though every record is intact', async () => {
      await untriggered(store, async () => {
        const [second] = await store.query<{ id: string; hash: string }>('SELECT id, hash FROM audit_chain WHERE seq = 2');
        await store.query(`UPDATE audit_chain SET hash = $1 WHERE seq = 2`, ['f'.repeat(64)]);
        expect(await audit.verify()).toMatchObject({ ok: false, broken: { seq: 2 } });
        await store.query(`UPDATE audit_chain SET hash = $1 WHERE seq = 2`, [second!.hash]);
        expect((await audit.verify()).ok).toBe(true);
        // a record written beside the chain, of the same kind and owner, put in the second's place
        const [other] = await store.query<{ id: string }>(
          `INSERT INTO audit_log (at, kind, actor, user_id, data) SELECT at, kind, actor, user_id, '{"orderId":"o1500","amountFen":1}' FROM audit_log WHERE id = $1 RETURNING id`, [second!.id]);
        await store.query('UPDATE audit_chain SET id = $1 WHERE seq = 2', [other!.id]);
        expect(await audit.verify()).toMatchObject({ ok: false, broken: { seq: 2 } });
        await store.query('UPDATE audit_chain SET id = $1 WHERE seq = 2', [second!.id]);
        await store.query('DELETE FROM audit_log WHERE id = $1', [other!.id]);
        expect((await audit.verify()).ok).toBe(true);
      });
    });

    it('catches a whole tail rewritten with every hash recomputed, given an anchor kept outside the store', async () => {
      const anchor = await audit.head();
      await untriggered(store, async () => {
        const original = (await audit.list({ limit: 10_000 })).find((r) => r.seq === 1)!;
        await rewrite(1, { orderId: 'o2100', amountFen: 1 }, { tail: true });
        expect((await audit.verify()).ok).toBe(true);
        const anchored = await audit.verify({ anchors: [anchor] });
        expect(anchored).toMatchObject({ ok: false, broken: { seq: anchor.seq } });
        await rewrite(1, original.data, { tail: true });
        expect((await audit.verify({ anchors: [anchor] })).ok).toBe(true);
        const removed = await audit.verify({ anchors: [{ seq: anchor.seq + 5, hash: anchor.hash }] });
        expect(removed).toMatchObject({ ok: false, broken: { seq: anchor.seq + 5 } });
      });
    });
  });
}

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AgentOsError, fixedClock } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import { AuditLog, auditInsert } from './index.ts';
import { untriggered as untriggeredIn } from './test-support.ts';

const bind = (value: unknown) => String(value);

describe('what may be written to the audit log', () => {
  it('takes kebab-case kinds and a named actor, and refuses anything else before it reaches the store', () => {
    for (const kind of ['payment-captured', 'review-decision', 'x', 'a1', 'step-2-end']) {
      expect(auditInsert({ kind, actor: 'hub' }, new Date(0), bind), kind).toContain('INSERT INTO audit_log');
    }
    for (const kind of ['', 'Payment', 'payment-', '-payment', 'payment--x', 'pay_ment', ' payment', 'payment captured', 'a-B', '1abc', 'payment-captured\n']) {
      expect(() => auditInsert({ kind, actor: 'hub' }, new Date(0), bind), JSON.stringify(kind)).toThrow(AgentOsError);
    }
    const error = (() => { try { auditInsert({ kind: 'payment-captured', actor: '' }, new Date(0), bind); } catch (caught) { return caught as AgentOsError; } })();
    expect(error).toMatchObject({ code: 'BAD_REQUEST', details: { where: 'audit.append' } });
    expect(error?.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

for (const variant of storeVariants()) {
  describe(`the audit chain checked on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let audit: AuditLog;
    const untriggered = (work: () => Promise<unknown>) => untriggeredIn(store, work);
    /** The record at `seq` in the chain. */
    const recordAt = (seq: number) => `(SELECT id FROM audit_chain WHERE seq = ${seq})`;
    beforeAll(async () => {
      ({ store, dispose } = await variant.open());
      audit = new AuditLog({ store, clock: fixedClock('2026-11-20T10:00:00+08:00') });
    });
    afterAll(() => dispose());

    it('starts from the zero head, and keeps records without a user, session or data as such', async () => {
      expect(await audit.head()).toEqual({ seq: 0, hash: '0'.repeat(64) });
      const record = await audit.append({ kind: 'review-decision', actor: 'reviewer:ops' });
      expect(record).toMatchObject({ seq: 1, prevHash: '0'.repeat(64), data: {} });
      for (const field of ['userId', 'sessionId', 'appId']) expect(record).not.toHaveProperty(field);
      expect(await audit.head()).toEqual({ seq: 1, hash: record.hash });
    });

    it('returns every append sealed into the chain, however many arrive while a seal is running', async () => {
      const appended = await Promise.all(Array.from({ length: 20 }, (_, i) => audit.append({ kind: 'consent-granted', actor: `user:c${i}`, sessionId: 'burst', data: { i } })));
      for (const record of appended) {
        expect(record.seq).toEqual(expect.any(Number));
        expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
      }
      expect(new Set(appended.map((r) => r.seq)).size).toBe(20);
    });

    it('walks past the first thousand records: a record changed after them is still caught', async () => {
      await store.transaction(async (tx) => {
        for (let i = 0; i < 1050; i++) await audit.appendIn(tx, { kind: 'consent-granted', actor: `user:u${i}`, userId: `u${i}`, appId: i % 2 ? 'rail' : 'coffee', data: { i } });
      });
      expect(await audit.verify()).toMatchObject({ ok: true, count: 1071 });
      await untriggered(async () => {
        await store.query(`UPDATE audit_log SET data = '{"i":-1}' WHERE id = ${recordAt(1060)}`);
        expect(await audit.verify()).toMatchObject({ ok: false, count: 1059, broken: { seq: 1060 } });
        await store.query(`UPDATE audit_log SET data = '{"i":1038}' WHERE id = ${recordAt(1060)}`);
      });
      expect(await audit.verify()).toMatchObject({ ok: true, count: 1071 });
    });

    it('lists the latest records, a hundred unless asked, of one user or one mini-program', async () => {
      const latest = await audit.list();
      expect(latest).toHaveLength(100);
      expect(latest.map((r) => r.seq)).toEqual(Array.from({ length: 100 }, (_, i) => 972 + i)); // oldest first
      expect((await audit.list({ limit: 0 })).map((r) => r.seq)).toEqual([1071]);
      expect((await audit.list({ userId: 'u7' })).map((r) => r.data)).toEqual([{ i: 7 }]);
      const rail = await audit.list({ appId: 'rail', limit: 3 });
      expect(rail.map((r) => r.data)).toEqual([{ i: 1045 }, { i: 1047 }, { i: 1049 }]);
      expect(await audit.list({ appId: 'rail', userId: 'u8' })).toEqual([]);
    });

    it('names a record removed from the middle of the chain: with its link, its link alone, or the record alone', async () => {
      await untriggered(async () => {
        const [link] = await store.query<Record<string, unknown>>('DELETE FROM audit_chain WHERE seq = 500 RETURNING *');
        const [gone] = await store.query<Record<string, unknown>>('DELETE FROM audit_log WHERE id = $1 RETURNING *', [link!.id]);
        const result = await audit.verify();
        expect(result).toMatchObject({ ok: false, count: 499, broken: { seq: 501 } });
        expect(!result.ok && result.broken.reason.en).toMatch(/500/);
        const restoreRecord = () => store.query('INSERT INTO audit_log (id, at, kind, actor, user_id, session_id, app_id, data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
          [gone!.id, gone!.at, gone!.kind, gone!.actor, gone!.user_id, gone!.session_id, gone!.app_id, JSON.stringify(gone!.data)]);
        await restoreRecord();
        // the record back but not its link: the same gap
        expect(await audit.verify()).toMatchObject({ ok: false, count: 499, broken: { seq: 501 } });
        await store.query('INSERT INTO audit_chain (seq, id, hash) VALUES ($1, $2, $3)', [link!.seq, link!.id, link!.hash]);
        expect((await audit.verify()).ok).toBe(true);
        // the link kept, its record gone
        await store.query('DELETE FROM audit_log WHERE id = $1', [gone!.id]);
        const missing = await audit.verify();
        expect(missing).toMatchObject({ ok: false, count: 499, broken: { seq: 500 } });
        expect(!missing.ok && missing.broken.reason.en).toMatch(/missing from the log/);
        await restoreRecord();
      });
      expect((await audit.verify()).ok).toBe(true);
    });

    it('names records cut out of the chain: neither linked nor waiting to be sealed', async () => {
      const head = await audit.head();
      await untriggered(async () => {
        const [outside] = await store.query<{ id: number }>(`INSERT INTO audit_log (at, kind, actor, data) VALUES (now(), 'consent-granted', 'user:beside', '{}') RETURNING id`);
        const result = await audit.verify();
        expect(result).toMatchObject({ ok: false, count: head.seq, broken: { seq: head.seq + 1 } });
        expect(!result.ok && result.broken.reason.en).toContain(`id ${outside!.id}`);
        await store.query('DELETE FROM audit_log WHERE id = $1', [outside!.id]);
      });
      expect(await audit.verify()).toMatchObject({ ok: true, count: head.seq });
    });

    it('never gives a seq twice: a record sealed at a seq another holds is refused, and the chain stays whole', async () => {
      const pending = await store.transaction((tx) => audit.appendIn(tx, { kind: 'consent-revoked', actor: 'user:u1' }));
      await expect(store.query('INSERT INTO audit_chain (seq, id, hash) VALUES (1, $1, $2)', [pending.id, 'a'.repeat(64)]))
        .rejects.toMatchObject({ code: '23505' });
      expect(await store.query('SELECT seq FROM audit_chain WHERE id = $1', [pending.id])).toEqual([]);
      expect(await audit.verify()).toMatchObject({ ok: true, count: 1072 });
    });

    it('seals a committed record shortly without anyone asking, and each later one too', async () => {
      const unsealed = async () => Number((await store.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_unsealed'))[0]?.n);
      for (const round of [1, 2]) {
        await store.transaction((tx) => audit.appendIn(tx, { kind: 'consent-granted', actor: 'user:soon', data: { round } }));
        expect(await unsealed()).toBe(1);
        if (round === 1) audit.sealSoon();
        else expect(await audit.sealAfter(Promise.resolve('committed'))).toBe('committed'); // what the services call
        await vi.waitFor(async () => expect(await unsealed()).toBe(0), { timeout: 10_000, interval: 50 });
      }
    });

    it('leaves nothing running after a flush, so the store can close under it', async () => {
      let statements = 0;
      const counting = Object.create(store) as Store;
      counting.query = (text, params) => (statements++, store.query(text, params));
      const log = new AuditLog({ store: counting, clock: fixedClock('2026-11-20T10:00:00+08:00', 'Asia/Shanghai', { frozen: true }) });
      expect(log.now()).toEqual(new Date('2026-11-20T10:00:00+08:00')); // what callers stamp records they insert themselves with
      for (const round of [1, 2]) {
        await store.transaction((tx) => log.appendIn(tx, { kind: 'consent-granted', actor: 'user:flush', data: { round } }));
        log.sealSoon();
        log.sealSoon(); // asked twice before the delay ends: still one seal, and the flush cancels it
        await log.flush();
        const after = statements;
        await new Promise((resolve) => setTimeout(resolve, 400));
        expect(statements, `round ${round}`).toBe(after);
        const sealed = await store.query<{ seq: number | null }>(
          `SELECT c.seq FROM audit_log a LEFT JOIN audit_chain c ON c.id = a.id WHERE a.actor = 'user:flush' AND a.data->>'round' = $1`, [String(round)]);
        expect(sealed.map((r) => r.seq === null)).toEqual([false]); // flushed means sealed
      }
    });

    it('keeps whose a record is, and catches a user, session or mini-program changed behind the trigger', async () => {
      const owner = { userId: 'owner', sessionId: 's-owner', appId: 'shop' };
      const record = await store.transaction((tx) => audit.appendIn(tx, { kind: 'payment-captured', actor: 'user:owner', ...owner, data: { amountFen: 5 } }));
      for (const field of ['seq', 'prevHash', 'hash']) expect(record, field).not.toHaveProperty(field); // not sealed: no place in the chain yet
      expect(record).toMatchObject(owner);
      for (const filter of [{ userId: 'owner' }, { sessionId: 's-owner' }, { appId: 'shop' }]) {
        expect((await audit.list(filter)).map((r) => r.id), JSON.stringify(filter)).toEqual([record.id]);
      }
      const [sealed] = await audit.list({ userId: 'owner' });
      expect(sealed).toMatchObject({ ...owner, seq: expect.any(Number), prevHash: expect.any(String), hash: expect.any(String) });
      for (const [column, value] of [['user_id', 'owner'], ['session_id', 's-owner'], ['app_id', 'shop']] as const) {
        await untriggered(async () => {
          await store.query(`UPDATE audit_log SET ${column} = 'mallory' WHERE id = $1`, [record.id]);
          expect(await audit.verify(), column).toMatchObject({ ok: false, broken: { seq: sealed?.seq } });
          await store.query(`UPDATE audit_log SET ${column} = $2 WHERE id = $1`, [record.id, value]);
        });
      }
      expect((await audit.verify()).ok).toBe(true);
    });

    it('catches a head moved to a hash the log does not end with, and ignores an anchor at zero', async () => {
      const head = await audit.head();
      expect(await audit.verify({ anchors: [{ seq: 0, hash: 'f'.repeat(64) }] })).toMatchObject({ ok: true, count: head.seq });
      // the last records removed and the head rewound with them: anchors past the end name where the removal starts
      expect(await audit.verify({ anchors: [{ seq: head.seq + 3, hash: 'a'.repeat(64) }, { seq: head.seq + 1, hash: 'b'.repeat(64) }] }))
        .toMatchObject({ ok: false, count: head.seq, broken: { seq: head.seq + 1 } });
      await store.query('UPDATE audit_head SET hash = $1 WHERE id', ['f'.repeat(64)]);
      expect(await audit.verify()).toMatchObject({ ok: false, count: head.seq, broken: { seq: head.seq + 1 } });
      await store.query('UPDATE audit_head SET hash = $1 WHERE id', [head.hash]);
      expect(await audit.verify()).toMatchObject({ ok: true, headHash: head.hash });
    });

    it('seals in one read and one write, and calls that arrive meanwhile share one more read', async () => {
      let statements = 0;
      const counting = Object.create(store) as Store;
      counting.query = (text, params) => (statements++, store.query(text, params));
      const log = new AuditLog({ store: counting, clock: fixedClock('2026-11-20T10:00:00+08:00') });
      await store.transaction((tx) => log.appendIn(tx, { kind: 'consent-granted', actor: 'user:passes', data: { n: 1 } }));
      await log.seal();
      expect(statements).toBe(2);
      await store.transaction((tx) => log.appendIn(tx, { kind: 'consent-granted', actor: 'user:passes', data: { n: 2 } }));
      statements = 0;
      await Promise.all([log.seal(), log.seal(), log.seal()]);
      expect(statements).toBe(3); // the pass that sealed it, then one read for the two who asked while it ran
      expect(await unsealedOf('user:passes')).toBe(0);
    });

    /** A log whose seals stop before they write their links, until `release()`: a seal caught mid-pass. */
    const heldAtLink = () => {
      let release!: () => void;
      let arrived!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const reached = new Promise<void>((resolve) => (arrived = resolve));
      const held = Object.create(store) as Store;
      held.query = async (text, params) => {
        if (/^WITH head AS \(UPDATE audit_head/.test(text)) {
          arrived();
          await gate;
        }
        return store.query(text, params);
      };
      return { log: new AuditLog({ store: held, clock: fixedClock('2026-11-20T10:00:00+08:00') }), reached, release };
    };
    const unsealedOf = async (actor: string) => (await store.query<{ seq: number | null }>(
      'SELECT c.seq FROM audit_log a LEFT JOIN audit_chain c ON c.id = a.id WHERE a.actor = $1', [actor])).filter((r) => r.seq === null).length;

    it('seals what was committed while a seal was running before answering whoever asked meanwhile', async () => {
      const { log, reached, release } = heldAtLink();
      await store.transaction((tx) => log.appendIn(tx, { kind: 'consent-granted', actor: 'user:meanwhile', data: { n: 1 } }));
      const first = log.seal();
      await reached; // it has read the first record and waits to link it
      await store.transaction((tx) => log.appendIn(tx, { kind: 'consent-granted', actor: 'user:meanwhile', data: { n: 2 } }));
      const second = log.seal(); // asked while the first pass runs: answered only once this record is sealed too
      release();
      await Promise.all([first, second]);
      expect(await unsealedOf('user:meanwhile')).toBe(0);
      expect((await audit.verify()).ok).toBe(true);
    });

    it('reads the chain again when another process sealed first, and seals what came after', async () => {
      const { log: late, reached, release } = heldAtLink();
      await store.transaction((tx) => audit.appendIn(tx, { kind: 'consent-granted', actor: 'user:raced', data: { n: 1 } }));
      const racing = late.seal();
      await reached; // it has read the head and the first record, and waits to link it
      await audit.seal(); // another sealer links it first: the head moves on
      await store.transaction((tx) => audit.appendIn(tx, { kind: 'consent-granted', actor: 'user:raced', data: { n: 2 } }));
      release();
      await racing; // its link is refused (the head moved); it reads again and seals the second
      expect(await unsealedOf('user:raced')).toBe(0);
      expect((await audit.verify()).ok).toBe(true);
    });
  });
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentOsError, hashValue, type Clock } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import { TrustService, type CreateConfirmationInput } from './index.ts';

function manualClock(): Clock & { advance(ms: number): void } {
  let now = new Date('2026-11-20T10:00:00+08:00').getTime();
  return { timeZone: 'Asia/Shanghai', now: () => new Date(now), advance: (ms) => void (now += ms) };
}

const payment = (over: Partial<CreateConfirmationInput> = {}): CreateConfirmationInput => ({
  userId: 'alice', sessionId: 'ses-a', kind: 'payment', appId: 'coffee', orderId: 'ord-1', amountFen: 2100,
  summary: { title: '拿铁', merchantName: '咖啡', payee: '咖啡', lines: [{ name: '拿铁', qty: 1, unitPriceFen: 2100 }] },
  argsHash: hashValue({ orderId: 'ord-1' }), ...over,
});

for (const variant of storeVariants()) {
  describe(`confirmations on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let trust: TrustService;
    const clock = manualClock();
    beforeAll(async () => {
      ({ store, dispose } = await variant.open());
      trust = new TrustService({ store, clock });
    });
    afterAll(() => dispose());

    it('keeps only a hash of the token and binds the card to the amount', async () => {
      const issued = await trust.create(payment({ summary: { title: 't', merchantName: 'm', payee: 'm', amountFen: 1 } }));
      expect(issued.token.length).toBeGreaterThan(20);
      const rows = await store.query<Record<string, unknown>>('SELECT * FROM confirmations WHERE id = $1', [issued.id]);
      expect(JSON.stringify(rows)).not.toContain(issued.token);
      expect(issued.summary.amountFen).toBe(2100);
      expect(issued.expiresAt.getTime() - clock.now().getTime()).toBe(10 * 60_000);
    });

    it('gives a card ten minutes unless told otherwise, and has its record in the chain once flushed', async () => {
      const service = new TrustService({ store, clock }); // built here: a default read only in beforeAll is seen by no test
      const card = await service.create(payment({ sessionId: 'ses-default' }));
      expect(card.expiresAt.getTime() - clock.now().getTime()).toBe(10 * 60_000);
      await service.flush(); // what the hub calls before closing the store
      const records = await store.query<{ seq: number | null }>(
        `SELECT c.seq FROM audit_log a LEFT JOIN audit_chain c ON c.id = a.id WHERE a.data->>'confirmationId' = $1`, [card.id]);
      expect(records.map((r) => r.seq === null)).toEqual([false]);
    });

    it('redeems once for the right user, session, token, order and amount', async () => {
      const issued = await trust.create(payment());
      const gesture = { id: issued.id, token: issued.token, userId: 'alice', sessionId: 'ses-a', orderId: 'ord-1', amountFen: 2100 };
      const first = await trust.redeem(gesture);
      expect(first).toMatchObject({ ok: true, replayed: false, confirmation: { status: 'redeemed' } });
      expect(await trust.redeem(gesture)).toMatchObject({ ok: false, reason: 'already_used' });
    });

    it('refuses every way around it, each with its reason in both languages, and stays redeemable by the user', async () => {
      const issued = await trust.create(payment());
      const right = { id: issued.id, token: issued.token, userId: 'alice', sessionId: 'ses-a', orderId: 'ord-1', amountFen: 2100 };
      const attempts = [
        [{ ...right, id: 'cfm_nope' }, 'unknown'],
        [{ ...right, userId: 'mallory' }, 'wrong_user'],
        [{ ...right, sessionId: 'ses-other' }, 'wrong_session'],
        [{ ...right, token: 'guessed' }, 'wrong_token'],
        [{ ...right, token: '' }, 'wrong_token'],
        [{ ...right, token: undefined as unknown as string }, 'wrong_token'],
        [(({ token: _token, ...rest }) => rest as typeof right)(right), 'wrong_token'],
        [{ ...right, amountFen: 100 }, 'amount_mismatch'],
        [{ ...right, amountFen: undefined }, 'amount_mismatch'],
        [{ ...right, orderId: 'ord-2' }, 'order_mismatch'],
        [{ ...right, argsHash: 'other' }, 'args_mismatch'],
      ] as const;
      for (const [input, reason] of attempts) {
        const outcome = await trust.redeem(input);
        expect(outcome, reason).toMatchObject({ ok: false, reason });
        if (!outcome.ok) expect(outcome.message.zh).toMatch(/[\u4e00-\u9fff]/);
        if (!outcome.ok) expect(outcome.message.en).toMatch(/[a-z]/);
      }
      const amount = await trust.redeem({ ...right, amountFen: 100 });
      expect(!amount.ok && amount.message.zh).toContain('¥21.00');
      expect((await trust.get(issued.id))?.status).toBe('pending');
      expect(await trust.redeem(right)).toMatchObject({ ok: true });
      const refused = await trust.audit.list({ limit: 500 }); // the wrong-session attempt is on record under its own session
      // every refused attempt on this card is on record (the unknown id names another card), plus the second amount attempt
      expect(refused.filter((r) => r.kind === 'confirmation-refused' && r.data.confirmationId === issued.id).map((r) => r.data.reason).sort())
        .toEqual([...attempts.slice(1).map(([, reason]) => reason), 'amount_mismatch'].sort());
    });

    it('binds an action to its exact arguments', async () => {
      const argsHash = hashValue({ api: 'book', arguments: { seat: '12A' } });
      const issued = await trust.create({ ...payment(), kind: 'action', orderId: undefined, amountFen: undefined, argsHash });
      const base = { id: issued.id, token: issued.token, userId: 'alice', sessionId: 'ses-a' };
      expect(await trust.redeem(base)).toMatchObject({ ok: false, reason: 'args_mismatch' });
      expect(await trust.redeem({ ...base, argsHash: hashValue({ api: 'book', arguments: { seat: '1A' } }) })).toMatchObject({ ok: false, reason: 'args_mismatch' });
      expect(await trust.redeem({ ...base, argsHash })).toMatchObject({ ok: true });
    });

    it('lets the same gesture retried with its idempotency key through again, and nothing else', async () => {
      const issued = await trust.create(payment());
      const gesture = { id: issued.id, token: issued.token, userId: 'alice', sessionId: 'ses-a', orderId: 'ord-1', amountFen: 2100, idempotencyKey: 'tap-1' };
      expect(await trust.redeem(gesture)).toMatchObject({ ok: true, replayed: false });
      expect(await trust.redeem(gesture)).toMatchObject({ ok: true, replayed: true });
      expect(await trust.redeem({ ...gesture, idempotencyKey: 'tap-2' })).toMatchObject({ ok: false, reason: 'already_used' });
      expect(await trust.redeem({ ...gesture, amountFen: 1 })).toMatchObject({ ok: false, reason: 'amount_mismatch' });
      expect(await trust.redeem({ ...gesture, token: 'x' })).toMatchObject({ ok: false, reason: 'wrong_token' });
    });

    it('expires after its time to live, audited, and cannot be redeemed afterwards', async () => {
      const issued = await trust.create(payment());
      const gesture = { id: issued.id, token: issued.token, userId: 'alice', sessionId: 'ses-a', orderId: 'ord-1', amountFen: 2100 };
      clock.advance(10 * 60_000);
      const outcome = await trust.redeem(gesture);
      expect(outcome).toMatchObject({ ok: false, reason: 'expired' });
      expect(!outcome.ok && outcome.message.en).toContain('10 minutes');
      expect((await trust.get(issued.id))?.status).toBe('expired');
      expect(await trust.redeem(gesture)).toMatchObject({ ok: false, reason: 'expired' });
      const kinds = (await trust.audit.list({ sessionId: 'ses-a', limit: 5 })).map((r) => r.kind);
      expect(kinds).toContain('confirmation-expired');
    });

    it('expireDue sweeps overdue confirmations and leaves fresh ones', async () => {
      const old = await trust.create(payment({ sessionId: 'ses-sweep', ttlMs: 1000 }));
      const fresh = await trust.create(payment({ sessionId: 'ses-sweep' }));
      clock.advance(2000);
      const expired = await trust.expireDue();
      expect(expired.map((c) => c.id)).toContain(old.id);
      expect(expired.map((c) => c.id)).not.toContain(fresh.id);
      expect((await trust.listPending('ses-sweep')).map((c) => c.id)).toEqual([fresh.id]);
    });

    it('expires only what is still waiting once its time has passed: an answered card stays as answered, and the list of what is due empties', async () => {
      const [redeemed, declined, waiting] = await Promise.all([1, 2, 3].map(() => trust.create(payment({ sessionId: 'ses-due', ttlMs: 1000 }))));
      expect(await trust.redeem({ id: redeemed!.id, token: redeemed!.token, userId: 'alice', sessionId: 'ses-due', orderId: 'ord-1', amountFen: 2100 })).toMatchObject({ ok: true });
      expect(await trust.decline({ id: declined!.id, userId: 'alice', sessionId: 'ses-due' })).toMatchObject({ ok: true });
      expect(await trust.expireDue()).toEqual([]); // nothing is due yet
      clock.advance(2000);
      expect((await trust.expireDue()).map((c) => c.id)).toEqual([waiting!.id]);
      expect((await trust.get(redeemed!.id))?.status).toBe('redeemed');
      expect((await trust.get(declined!.id))?.status).toBe('declined');
      expect(await trust.expireDue()).toEqual([]);
      expect(await store.query('SELECT id FROM confirmations_due WHERE id = ANY($1)', [[redeemed!.id, declined!.id, waiting!.id]])).toEqual([]);
    });

    it('indexes nothing an answer changes, so answering a card rewrites no index entry', async () => {
      const indexes = await store.query<{ name: string; definition: string }>(
        `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS definition FROM pg_index WHERE indrelid = 'confirmations'::regclass`);
      expect(indexes.length).toBeGreaterThan(0);
      for (const { name, definition } of indexes) expect(definition, name).not.toMatch(/\b(status|decided_at|redeem_key|token_hash)\b/);
    });

    it('declines cleanly: afterwards the token redeems nothing', async () => {
      const issued = await trust.create(payment());
      expect(await trust.decline({ id: issued.id, userId: 'mallory', sessionId: 'ses-a' })).toMatchObject({ ok: false, reason: 'wrong_user' });
      // a card still waiting says nothing of an answer (not a decision dated 1970)
      expect(await trust.get(issued.id)).not.toHaveProperty('decidedAt');
      const declined = await trust.decline({ id: issued.id, userId: 'alice', sessionId: 'ses-a', reason: '不要了' });
      expect(declined).toMatchObject({ ok: true, confirmation: { status: 'declined' } });
      // … and an answered one says when the user answered
      expect((await trust.get(issued.id))?.decidedAt).toEqual(clock.now());
      const outcome = await trust.redeem({ id: issued.id, token: issued.token, userId: 'alice', sessionId: 'ses-a', orderId: 'ord-1', amountFen: 2100 });
      expect(outcome).toMatchObject({ ok: false, reason: 'declined' });
      expect(!outcome.ok && outcome.message.zh).toContain('拒绝');
      expect(await trust.decline({ id: issued.id, userId: 'alice', sessionId: 'ses-a' })).toMatchObject({ ok: true, replayed: true });
    });

    it('refuses a malformed request with a clear error', async () => {
      await expect(trust.create(payment({ orderId: undefined }))).rejects.toThrow(/orderId|订单/);
      await expect(trust.create(payment({ amountFen: 21.5 }))).rejects.toBeInstanceOf(AgentOsError);
      await expect(trust.create(payment({ kind: 'other' as 'action' }))).rejects.toThrow(/kind/);
    });

    it('redeems exactly once under 50 concurrent gestures', async () => {
      const issued = await trust.create(payment());
      const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) =>
        trust.redeem({ id: issued.id, token: issued.token, userId: 'alice', sessionId: 'ses-a', orderId: 'ord-1', amountFen: 2100, idempotencyKey: `tap-${i}` })));
      expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
      expect(outcomes.filter((o) => !o.ok && o.reason === 'already_used')).toHaveLength(49);
      expect((await trust.audit.verify()).ok).toBe(true);
    });
  });
}
